using System.Diagnostics;
using System.Text;

namespace ArgMap.Cli.Tests;

/// <summary>The result of one run of the built CLI.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string[] OutLines => StdOut.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>No stack trace or exception type leaks to the user.</summary>
    public void AssertNoStackTrace()
    {
        foreach (var text in new[] { StdOut, StdErr })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Exception", text);
        }
    }
}

/// <summary>Runs the built <c>argmap.dll</c> (copied beside this test assembly) as a real process.</summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string CliDll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "argmap.dll");
            Assert.True(File.Exists(path), $"the CLI was not built beside the tests: {path}");
            return path;
        }
    }

    public static CliResult Run(string? stdin, params string[] args) => RunIn(null, stdin, args);

    public static CliResult RunIn(string? workingDirectory, string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = new UTF8Encoding(false).GetBytes(stdin);
            process.StandardInput.BaseStream.Write(bytes);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"argmap {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepoRoot()
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
}

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "argmap-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

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
