using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArgMap.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static readonly Regex DiagnosticLine = new(@"^.+:\d+:\d+: (error|warning) AM\d{3}: .+$");

    internal const string Invalid = """
        {
          "argmap": 1,
          "nodes": [
            { "id": "q", "type": "question", "text": "Q?" },
            { "id": "c", "type": "claim", "text": "C", "tags": "x", "supports": ["qq"] }
          ]
        }
        """;

    internal const string WarningsOnly = """
        {
          "argmap": 1,
          "nodes": [
            { "id": "q", "type": "question", "text": "Q?" },
            { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
            { "id": "e", "type": "evidence", "quote": "w", "supports": ["c"] }
          ]
        }
        """;

    private static string[] ExampleFiles() =>
        Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "examples"), "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Examples() => new(ExampleFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void ValidateEachExampleExitsZeroWithTheSummaryLine(string name)
    {
        var result = CliRunner.Run(null, "validate", Path.Combine(CliRunner.RepoRoot(), "examples", name));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 file checked: no problems"], result.OutLines);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void ValidateAllExamplesAtOnceWithStrict()
    {
        var files = ExampleFiles();
        var result = CliRunner.Run(null, ["validate", "--strict", .. files]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{files.Length} files checked: no problems"], result.OutLines);
    }

    [Fact]
    public void InvalidFileExitsOneWithCompilerStyleLines()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.json", Invalid);
        var result = CliRunner.Run(null, "validate", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            $"{path}:5:13: warning AM102: 'c' does not reach the question through any supports, contests or undercuts, so it plays no part in the argument",
            $"{path}:5:56: error AM010: \"tags\" must be an array, not a string",
            $"{path}:5:74: error AM023: 'c' supports 'qq', but no node has that id (did you mean 'q'?)",
            "1 file checked: 2 errors, 1 warning",
        ], result.OutLines);
        Assert.All(result.OutLines[..^1], line => Assert.Matches(DiagnosticLine, line));
        result.AssertNoStackTrace();
    }

    [Fact]
    public void ErrorsInSeveralFilesAreCountedPerFile()
    {
        using var dir = new TempDir();
        var bad = dir.Write("bad.json", Invalid);
        var good = Path.Combine(CliRunner.RepoRoot(), "examples", "school-uniforms.json");
        var result = CliRunner.Run(null, "validate", good, bad);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("2 files checked: 2 errors in 1 file, 1 warning", result.OutLines[^1]);
    }

    [Fact]
    public void WarningsOnlyExitZeroButOneWithStrict()
    {
        using var dir = new TempDir();
        var path = dir.Write("warn.json", WarningsOnly);
        var lenient = CliRunner.Run(null, "validate", path);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(
        [
            $"{path}:6:13: warning AM103: evidence 'e' names no source: readers cannot check the quote (add \"source\")",
            "1 file checked: 1 warning",
        ], lenient.OutLines);

        var strict = CliRunner.Run(null, "validate", "--strict", path);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(lenient.OutLines, strict.OutLines);
    }

    [Fact]
    public void MissingFileFailsWithAClearMessageAndNoStackTrace()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "nope.json");
        var result = CliRunner.Run(null, "validate", path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(3, result.ExitCode); // ExitCodes.IoError
        Assert.Equal([$"{path}:1:1: error AM006: file not found", "1 file checked: 1 error"], result.OutLines);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        var bad = CliRunner.Run(Invalid, "validate", "-");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("<stdin>:5:13: warning AM102: ", bad.OutLines[0]);
        Assert.StartsWith("<stdin>:5:74: error AM023: ", bad.OutLines[2]);

        var good = CliRunner.Run(File.ReadAllText(Path.Combine(CliRunner.RepoRoot(), "examples", "school-uniforms.json")), "validate", "-");
        Assert.Equal(0, good.ExitCode);
        Assert.Equal(["1 file checked: no problems"], good.OutLines);
    }

    [Fact]
    public void EmptyStandardInputIsAnError()
    {
        var result = CliRunner.Run("", "validate", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>:1:1: error AM002: the file is empty", result.OutLines[0]);
    }

    [Fact]
    public void JsonFormatIsParseableWithPositions()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.json", Invalid);
        var result = CliRunner.Run(null, "validate", "--format", "json", path);
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal(path, file.GetProperty("file").GetString());
        Assert.Equal(2, file.GetProperty("errors").GetInt32());
        Assert.Equal(1, file.GetProperty("warnings").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(
            [("AM102", "warning", 5, 13), ("AM010", "error", 5, 56), ("AM023", "error", 5, 74)],
            diagnostics.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("severity").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32())).ToArray());
        Assert.Equal(JsonValueKind.Number, diagnostics[0].GetProperty("line").ValueKind);
        Assert.Equal("/nodes/1/supports/0", diagnostics[2].GetProperty("jsonPath").GetString());
        Assert.Equal(path, diagnostics[2].GetProperty("file").GetString());
        Assert.Contains("did you mean 'q'", diagnostics[2].GetProperty("message").GetString());
    }

    [Fact]
    public void JsonFormatForACleanFile()
    {
        var result = CliRunner.Run(null, "validate", "--format", "json", Path.Combine(CliRunner.RepoRoot(), "examples", "school-uniforms.json"));
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("warnings").GetInt32());
        Assert.Empty(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Single(doc.RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var result = CliRunner.Run(null, "validate", "--format", "xml", Path.Combine(CliRunner.RepoRoot(), "examples", "school-uniforms.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void ValidateWithoutFilesIsAUsageError()
    {
        var result = CliRunner.Run(null, "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("argmap --help", result.StdErr);
    }

    [Fact]
    public void UnknownOptionOnValidateIsAUsageError()
    {
        var result = CliRunner.Run(null, "validate", "--bogus", Path.Combine(CliRunner.RepoRoot(), "examples", "school-uniforms.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.StdErr);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void ValidateNeverModifiesItsInput()
    {
        using var dir = new TempDir();
        var files = new[]
        {
            dir.Write("bad.json", Invalid),
            dir.Write("warn.json", WarningsOnly.Replace("\"argmap\": 1,", "\"argmap\": 1, // comment\n  \"tilte\": \"x\",")),
        };
        var bom = Path.Combine(dir.Path, "bom.json");
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(files[1])]);
        var all = files.Append(bom).ToArray();
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var f in all)
        {
            File.SetLastWriteTimeUtc(f, past);
        }
        var before = all.Select(f => (Bytes: File.ReadAllBytes(f), Time: File.GetLastWriteTimeUtc(f))).ToList();

        var result = CliRunner.Run(null, ["validate", "--strict", .. all]);
        Assert.Equal(1, result.ExitCode);
        CliRunner.Run(null, ["validate", "--format", "json", .. all]);

        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(before[i].Bytes, File.ReadAllBytes(all[i]));
            Assert.Equal(past, File.GetLastWriteTimeUtc(all[i]));
        }
        Assert.Equal(all.Order().ToArray(), Directory.GetFiles(dir.Path).Order().ToArray());
    }
}
