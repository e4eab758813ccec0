using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArgMap.Browser.Tests;

/// <summary><c>argmap serve FILE --port N</c> as a real process on 127.0.0.1; killed on Dispose whatever happened.</summary>
internal sealed class PreviewServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PreviewServer(string file, int port)
    {
        Url = $"http://127.0.0.1:{port}/";
        _process = new Process { StartInfo = Cli.StartInfo("serve", file, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Url { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>Starts the server and waits until "/" answers.</summary>
    public static async Task<PreviewServer> StartAsync(string file)
    {
        var server = new PreviewServer(file, Repo.FreePort());
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                if (server._process.HasExited)
                {
                    Assert.Fail($"argmap serve exited with {server._process.ExitCode}:\n{server.Output}");
                }
                try
                {
                    using var response = await http.GetAsync(server.Url);
                    if (response.IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"argmap serve did not answer at {server.Url} within 30 s:\n{server.Output}");
                }
                await Task.Delay(100);
            }
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}

public sealed class LivePreviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_preview_reloads_by_itself_when_the_file_is_saved_and_shows_errors_with_line_and_column()
    {
        using var dir = new TempDir();
        var file = dir.File("school-uniforms.json");
        var original = File.ReadAllText(Repo.Example("school-uniforms.json"));
        File.WriteAllText(file, original, new UTF8Encoding(false));
        var oldQuestion = ExampleNode.Read(file).Single(n => n.Type == "question").Text!;
        const string newQuestion = "Should every school ban uniforms outright?";
        Assert.Contains($"\"{oldQuestion}\"", original);

        using var server = await PreviewServer.StartAsync(file);
        var page = await browser.NewPageAsync();
        try
        {
            var question = page.Locator("#viewport g.node[data-type='question']");
            // The page listens on /events; a save before that stream is open would go unnoticed, so wait for it.
            var listening = page.WaitForResponseAsync(r => r.Url.EndsWith("/events", StringComparison.Ordinal), new() { Timeout = 15_000 });
            await page.GotoAsync(server.Url);
            await listening;
            await Expect(question).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Question: " + System.Text.RegularExpressions.Regex.Escape(oldQuestion)));
            await page.EvaluateAsync("() => { window.__notReloaded = true; }");

            // Save a changed question: the page must reload on its own (nothing here reloads it) and show it.
            listening = page.WaitForResponseAsync(r => r.Url.EndsWith("/events", StringComparison.Ordinal), new() { Timeout = 15_000 });
            File.WriteAllText(file, original.Replace($"\"{oldQuestion}\"", $"\"{newQuestion}\"", StringComparison.Ordinal), new UTF8Encoding(false));
            await Expect(question).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Question: " + System.Text.RegularExpressions.Regex.Escape(newQuestion)), new() { Timeout = 15_000 });
            Assert.Null(await page.EvaluateAsync<bool?>("() => window.__notReloaded"));
            await Expect(page.Locator("#viewport")).ToContainTextAsync(newQuestion);
            await listening;

            // Save broken JSON: the page shows the errors with their line and column instead of a stale map.
            File.WriteAllText(file, "{\n  \"argmap\": 1,\n  \"nodes\": [\n    { \"id\": \"q\", \"type\": \"question\" \"text\": \"x\" }\n  ]\n}\n", new UTF8Encoding(false));
            var errors = page.Locator("#errors");
            await Expect(errors).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(errors).ToContainTextAsync("line");
            await Expect(errors).ToContainTextAsync("column");
            Assert.Equal(0, await page.Locator("g.node").CountAsync());
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\nserver output:\n{server.Output}", e);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
