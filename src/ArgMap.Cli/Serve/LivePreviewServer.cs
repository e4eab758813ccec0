using System.Net;
using System.Threading.Channels;
using ArgMap.Analysis.Evaluation;
using ArgMap.Rendering.View;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ArgMap.Cli.Serve;

/// <summary>
/// The live preview: an ASP.NET Core server that serves the map of one file at "/" and tells open pages through
/// server-sent events ("/events") when the file is saved, so they re-render.
/// </summary>
internal static class LivePreviewServer
{
    public static async Task<int> RunAsync(string path, string host, int port, ViewOptions view, SemanticsKind? status, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{port}");
        await using var app = builder.Build();
        using var watcher = new FileChangeWatcher(path, TimeSpan.FromMilliseconds(250));
        var listeners = new List<Channel<long>>();
        watcher.Changed += version =>
        {
            lock (listeners)
            {
                foreach (var listener in listeners)
                {
                    listener.Writer.TryWrite(version);
                }
            }
        };

        app.MapGet("/", () => Results.Content(PreviewPage.Render(path, view, status), "text/html; charset=utf-8"));
        app.MapGet("/version", () => Results.Text(watcher.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        app.MapGet("/events", async (HttpContext context) =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var channel = Channel.CreateUnbounded<long>();
            lock (listeners)
            {
                listeners.Add(channel);
            }
            try
            {
                await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await foreach (var version in channel.Reader.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync($"event: change\ndata: {version}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // the page went away
            }
            finally
            {
                lock (listeners)
                {
                    listeners.Remove(channel);
                }
            }
        });

        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"argmap: cannot listen on {host}:{port}: {e.Message}");
            return ExitCodes.IoError;
        }
        var address = app.Urls.FirstOrDefault() ?? $"http://{host}:{port}";
        Console.Error.WriteLine($"Serving {path} at {address}  (saves re-render the page; Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    /// <summary>True for addresses only this machine can reach.</summary>
    public static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
