using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Input;
using ArgMap.Formats.Json;

namespace ArgMap.Formats.Tests;

/// <summary>Shared helpers: load inline JSON and describe diagnostics compactly for exact assertions.</summary>
internal static class TestSupport
{
    public const string FileName = "t.json";

    public static LoadResult Load(string json) => ArgumentFileLoader.LoadText(json, FileName);

    public static LoadResult LoadBytes(byte[] bytes)
    {
        var diagnostics = new List<Diagnostic>();
        var input = InputReader.FromBytes(FileName, bytes, diagnostics);
        return input is null ? new LoadResult(null, null, diagnostics) : ArgumentFileLoader.Load(input);
    }

    /// <summary>"AM023 Error 5:61": code, severity and position in one string, so a failure shows all of it.</summary>
    public static string Describe(Diagnostic d) =>
        $"{d.Code} {d.Severity} {d.Location?.Line}:{d.Location?.Column}";

    public static string[] Described(LoadResult result) => result.Diagnostics.Select(Describe).ToArray();

    public static void AssertDiagnostics(LoadResult result, params string[] expected)
    {
        Assert.Equal(expected, Described(result));
        Assert.All(result.Diagnostics, d => Assert.Equal(FileName, d.Location!.File));
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (the folder holding ArgMap.sln) above " + AppContext.BaseDirectory);
    }
}
