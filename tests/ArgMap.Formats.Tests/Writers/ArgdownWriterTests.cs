using System.Diagnostics;
using System.Text.Json;
using ArgMap.Core.Model;
using ArgMap.Formats.Argdown;
using Xunit.Abstractions;
using static ArgMap.Formats.Tests.Writers.WriterTestSupport;

namespace ArgMap.Formats.Tests.Writers;

public sealed class ArgdownWriterTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Example_matches_the_approved_Argdown(string name) =>
        GoldenFile.Verify(ArgdownWriter.Write(LoadExample(name)), name, "argdown");

    [Fact]
    public void Escapes_what_Argdown_would_read_as_markup()
    {
        var map = new ArgumentMap(1, null, null, null,
            [new ArgumentNode("q", NodeKind.Question, "[Summary] <a> #b @c *d* _e_ {f} \\g\n\nnext", ["two words", "one"], Note: "a {b} \"c\"")],
            [], [], []);
        var text = ArgdownWriter.Write(map);
        Assert.Contains(
            "[Question]: \\[Summary\\] \\<a\\> \\#b \\@c \\*d\\* \\_e\\_ \\{f\\} \\\\g next #(two words) #one {type: question, id: \"q\", note: \"a \\u007Bb\\u007D \\\"c\\\"\"}\n",
            text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Argdown CLI (<c>@argdown/cli</c> 1.7.5) parses every example's output without errors, and its JSON export
    /// holds every node as a statement with the expected text, every relation as a support/attack between statements,
    /// and every undercut as an undercut of the reconstructed argument. Runs only when ARGDOWN_CLI names the argdown
    /// executable, or a folder holding <c>node_modules/.bin/argdown</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Argdown_CLI_parses_the_output(string name) => CheckWithCli(name, LoadExample(name));

    /// <summary>What the examples lack: an undercut contests relation, a cross link, a node cut off from the question.</summary>
    [Fact]
    public void Argdown_CLI_parses_undercut_contests_cross_links_and_unconnected_nodes() => CheckWithCli("synthetic", Synthetic());

    private static ArgumentMap Synthetic() => new(1, "T", null, null,
        [
            new ArgumentNode("q", NodeKind.Question, "Q?", []),
            new ArgumentNode("a", NodeKind.Claim, "A", []),
            new ArgumentNode("b", NodeKind.Claim, "B", []),
            new ArgumentNode("r", NodeKind.Rebuttal, "R", []),
            new ArgumentNode("u", NodeKind.Rebuttal, "U", []),
            new ArgumentNode("x", NodeKind.Claim, "X floats", []),
            new ArgumentNode("y", NodeKind.Claim, "Y supports X", []),
        ],
        [
            new Relation(RelationKind.Supports, "a", "q", Order: 0),
            new Relation(RelationKind.Contests, "b", "q", Order: 1),
            new Relation(RelationKind.Contests, "r", "a", Order: 2),
            new Relation(RelationKind.Supports, "r", "q", Order: 3),
            new Relation(RelationKind.Supports, "y", "x", Order: 4),
        ],
        [new Undercut("u", new RelationKey("r", "a"), 0)],
        []);

    [Fact]
    public void Synthetic_map_matches_the_approved_Argdown() =>
        GoldenFile.Verify(ArgdownWriter.Write(Synthetic()), "synthetic", "argdown");

    private void CheckWithCli(string name, ArgumentMap map)
    {
        var cli = FindCli();
        if (cli is null)
        {
            output.WriteLine("Argdown CLI absent (set ARGDOWN_CLI to the argdown executable or to the folder holding node_modules/.bin/argdown); this test checked nothing.");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("argmap-argdown-");
        try
        {
            var input = Path.Combine(folder.FullName, name + ".argdown");
            File.WriteAllText(input, ArgdownWriter.Write(map));
            var outDir = Path.Combine(folder.FullName, "out");
            var (code, log) = Run(cli, folder.FullName, "json", input, outDir);
            output.WriteLine(log);
            Assert.True(code == 0, log);
            Assert.DoesNotContain("error", log, StringComparison.OrdinalIgnoreCase);
            var json = Path.Combine(outDir, name + ".json");
            Assert.True(File.Exists(json), "no JSON export: " + log);
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            CheckExport(map, doc.RootElement);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void CheckExport(ArgumentMap map, JsonElement root)
    {
        string Title(string id) => map.Nodes.First(n => n.Id == id).Kind == NodeKind.Question ? "Question" : id;
        var statements = root.GetProperty("statements");
        foreach (var node in map.Nodes)
        {
            Assert.True(statements.TryGetProperty(Title(node.Id), out var s), $"statement [{Title(node.Id)}] missing");
            var texts = s.GetProperty("members").EnumerateArray()
                .Where(m => m.TryGetProperty("text", out var t) && t.GetString()!.Trim().Length > 0)
                .Select(m => m.GetProperty("text").GetString()!.Trim()).ToList();
            var text = Assert.Single(texts);
            var expected = node.Evidence is { } e ? e.Quote : node.Text!;
            var firstWords = string.Join(' ', expected.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(4));
            Assert.Contains(firstWords, text, StringComparison.Ordinal);
        }
        var relations = root.GetProperty("relations").EnumerateArray()
            .Select(r => $"{r.GetProperty("relationType").GetString()} {r.GetProperty("from").GetString()} -> {r.GetProperty("to").GetString()}")
            .ToHashSet(StringComparer.Ordinal);
        foreach (var r in map.Relations)
        {
            Assert.Contains($"{(r.Kind == RelationKind.Supports ? "support" : "attack")} {Title(r.From)} -> {Title(r.To)}", relations);
        }
        foreach (var u in map.Undercuts)
        {
            var kind = map.Relations.First(r => r.Key == u.Target).Kind == RelationKind.Supports ? "supports" : "contests";
            Assert.Contains($"undercut {Title(u.From)} -> {Title(u.Target.From)} {kind} {Title(u.Target.To)}", relations);
        }
        var arguments = root.GetProperty("arguments");
        Assert.Equal(map.Undercuts.Select(u => u.Target).Distinct().Count(), arguments.EnumerateObject().Count());
    }

    private static string? FindCli()
    {
        var setting = Environment.GetEnvironmentVariable("ARGDOWN_CLI");
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }
        if (File.Exists(setting))
        {
            return Path.GetFullPath(setting);
        }
        var nested = Path.Combine(setting, "node_modules", ".bin", "argdown");
        return File.Exists(nested) ? Path.GetFullPath(nested) : null;
    }

    private static (int Code, string Log) Run(string exe, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment["FORCE_COLOR"] = "0";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "argdown timed out after 120 s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
