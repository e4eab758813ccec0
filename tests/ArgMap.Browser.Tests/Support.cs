using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

// The tests share two cores with the browser and the preview server: run the classes one after another so timing
// (reloads, the file watcher) is not starved.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ArgMap.Browser.Tests;

/// <summary>
/// One headless Chromium per test class. It is Debian's system Chromium at <see cref="ChromiumPath"/>: Playwright
/// never downloads a browser here (CI installs the <c>chromium</c> package). Playwright's driver is the Node.js the
/// NuGet package ships under <c>.playwright/</c> in the output folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath) && NeedsBrowser.SkipReason() is not null)
        {
            return; // every test of the class is skipped and says what to install
        }
        if (!File.Exists(ChromiumPath))
        {
            // CI installs Chromium (.ci/run); on a developer machine without it the tests say what to install.
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the browser tests drive Debian's Chromium (install it with `apt-get install -y chromium`); "
                + "Playwright is never allowed to download a browser of its own.");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    /// <summary>A fresh page in its own context (so no state leaks between tests).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>The result of one run of the built CLI.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the built <c>argmap.dll</c> (copied beside this test assembly) as a real process.</summary>
public static class Cli
{
    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "argmap.dll");
            Assert.True(File.Exists(path), $"the CLI was not built beside the tests: {path}");
            return path;
        }
    }

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = Repo.Root,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static CliResult Run(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"argmap {string.Join(' ', args)} did not finish within 60 s");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a command that must succeed.</summary>
    public static void Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"argmap {string.Join(' ', args)} exited {result.ExitCode}:\n{result.StdErr}{result.StdOut}");
    }
}

public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }

    /// <summary>A port nobody listens on right now (bind to port 0, read it, release it).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>What the argument file itself says about a node: the expectations come from the input, not the page.</summary>
public sealed record ExampleNode(string Id, string Type, string? Text, string? Quote, string? By, IReadOnlyList<string> Tags)
{
    /// <summary>Whether the page's search (ids, text, quotes, who advanced it, tags) should find <paramref name="query"/>.</summary>
    public bool Mentions(string query) =>
        new[] { Id, Text, Quote, By }.Concat(Tags).Any(s => s is not null && s.Contains(query, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<ExampleNode> Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => new ExampleNode(
            n.GetProperty("id").GetString()!,
            n.GetProperty("type").GetString()!,
            Str(n, "text"),
            Str(n, "quote"),
            Str(n, "by"),
            n.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString()!).ToList() : [])).ToList();
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "argmap-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
