using System.CommandLine;
using ArgMap.Cli.Serve;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap serve FILE [--port N]</c>: a live preview for people writing a map, on 127.0.0.1 only unless --host
/// says otherwise (with a warning): the page re-renders when the file is saved and shows errors with line and
/// column instead of a stale map.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var file = CommonOptions.RejectingOptionLikeValues(new Argument<string>("file") { Description = "The argument file to preview." });
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 8337 };
        var host = new Option<string>("--host") { Description = "The address to bind (default 127.0.0.1; anything else exposes the preview to the network).", DefaultValueFactory = _ => "127.0.0.1" };
        var view = new ViewOptionSet();
        var command = new Command("serve", "Preview a map in the browser, re-rendering whenever the file is saved.") { file, port, host };
        view.AddTo(command);
        command.SetAction(async (parsed, cancel) =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"argmap: {path}: file not found");
                return ExitCodes.IoError;
            }
            if (parsed.GetValue(port) is < 0 or > 65535)
            {
                Console.Error.WriteLine("argmap: --port must be between 0 and 65535");
                return ExitCodes.Usage;
            }
            if (view.Read(parsed) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var address = parsed.GetValue(host)!;
            if (!LivePreviewServer.IsLoopback(address))
            {
                Console.Error.WriteLine($"argmap: warning: binding to {address} makes the preview (and your file) reachable from other machines");
            }
            return await LivePreviewServer.RunAsync(path, address, parsed.GetValue(port), options, view.Status(parsed), cancel);
        });
        return command;
    }
}
