using System.Diagnostics;
using System.Text.RegularExpressions;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Dot;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Dot;

/// <summary>
/// The DOT export: golden files for the examples, and, where Graphviz is installed (CI installs it), that
/// <c>dot</c> accepts every output and reads back exactly the nodes we wrote.
/// </summary>
public class DotExporterTests
{
    private const string DotPath = "/usr/bin/dot";

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repo.ExampleFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    public static TheoryData<string> Hostile() => new(
        "quote \" and \"\" and a trailing backslash \\",
        "back\\slash \\n \\N \\G \\l \\\" escapes",
        "new\nline and \r\n CRLF and \r CR",
        "<b>markup</b> <br/> <table> & &amp; &#60; ]]>",
        "braces { } [ ] ; , = -> -- digraph { node } subgraph",
        "emoji 👩‍👩‍👧 and RTL שלום and 汉字",
        "bell\u0007 null\u0000 lone \ud800 surrogate");

    private static Diagram.Diagram Build(string example) =>
        DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, example + ".json")), ViewOptions.Default);

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleMatchesApprovedDot(string example)
    {
        GoldenFile.Verify(DotExporter.Export(Build(example)), example, "dot");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void DotAcceptsExampleAndEveryNodeAppearsOnce(string example)
    {
        var diagram = Build(example);
        var dot = DotExporter.Export(diagram);
        AssertEveryNodeDeclaredOnce(dot, diagram);
        if (!File.Exists(DotPath))
        {
            return; // Graphviz not installed: the golden file still checks the text.
        }
        RunDot(dot, "svg");
        AssertDotReadsBackTheNodes(RunDot(dot, "json"), diagram);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileStringsGiveValidDot(string hostile)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            argmap = 1,
            title = hostile,
            subtitle = hostile,
            nodes = new object[]
            {
                new { id = "q", type = "question", text = "Q " + hostile },
                new { id = "c", type = "claim", text = hostile, by = hostile, supports = new object[] { new { to = "q", label = hostile } } },
                new { id = "e", type = "evidence", text = hostile, quote = hostile, attribution = hostile, locator = hostile, source = "s", supports = new object[] { new { to = "c", label = hostile } } },
                new { id = "r", type = "rebuttal", text = hostile, undercuts = new[] { new { from = "e", to = "c" } } },
            },
            sources = new object[] { new { id = "s", title = hostile } },
        });
        var diagram = DiagramBuilder.Build(Maps.FromJson(json), ViewOptions.Default);
        // Ids cannot hold these characters in a loaded file, but an exporter must not rely on that: rename them.
        var renamed = Rename(diagram, id => id + " " + hostile);
        foreach (var d in new[] { diagram, renamed })
        {
            var dot = DotExporter.Export(d);
            Assert.DoesNotContain('\r', dot);
            Assert.DoesNotContain('\u0000', dot);
            if (File.Exists(DotPath))
            {
                RunDot(dot, "svg");
                AssertDotReadsBackTheNodes(RunDot(dot, "json"), d);
            }
        }
    }

    [Fact]
    public void EdgesPointAtTheirConclusionWithKindStyles()
    {
        var diagram = Build("school-uniforms");
        var dot = DotExporter.Export(diagram);
        Assert.Contains("\"q\" -> \"c-equal\" [class=\"supports\", color=\"#009e73\", style=solid, penwidth=1.6, dir=back, arrowtail=normal]", dot);
        Assert.Contains("\"c-behaviour\" -> \"e-brunsma\" [class=\"contests\", color=\"#d55e00\", style=dashed, penwidth=1.8, dir=back, arrowtail=tee]", dot);
        // e-gentile -> c-behaviour is undercut: split at a point, the undercut ends on the point with a dot.
        var split = DotExporter.Quote(DotExporter.SplitId("e-gentile", "c-behaviour"));
        Assert.Contains($"{split} [shape=point, width=0.01", dot);
        Assert.Contains($"\"c-behaviour\" -> {split} [class=\"supports\"", dot);
        Assert.Contains($"{split} -> \"e-gentile\" [class=\"supports\"", dot);
        Assert.Contains($"{split} -> \"u-selection\" [class=\"undercuts\", color=\"#cc79a7\", style=dotted, penwidth=1.8, dir=back, arrowtail=dot]", dot);
        Assert.DoesNotContain("\"c-behaviour\" -> \"e-gentile\"", dot);
    }

    [Fact]
    public void QuestionIsRankedOnTopByDot()
    {
        if (!File.Exists(DotPath))
        {
            return;
        }
        var diagram = Build("did-stalin-want-mass-terror");
        // Graphviz coordinates grow upwards: the question's centre is the highest.
        var y = Objects(RunDot(DotExporter.Export(diagram), "json"))
            .ToDictionary(o => o.Name, o => double.Parse(o.Pos.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(diagram.Nodes.Where(n => n.Card.Node.Id != "q"), n => Assert.True(y[n.Card.Node.Id] < y["q"], n.Card.Node.Id));
    }

    [Fact]
    public void SourceNotesTheCardsCiteAreInTheGraph_BelowEveryCard()
    {
        var diagram = Build("did-stalin-want-mass-terror");
        var dot = DotExporter.Export(diagram);
        // The cards cite "[2, 3]"; the notes node lists the numbered sources those numbers point to.
        Assert.Contains("[2, 3]", dot);
        var notes = dot.Split('\n').Single(l => l.StartsWith("  " + DotExporter.Quote(DotExporter.NotesId) + " [", StringComparison.Ordinal));
        Assert.Contains("<b>Sources</b>", notes);
        Assert.Contains(">1. ", notes);
        Assert.Contains(">3. ", notes);
        if (!File.Exists(DotPath))
        {
            return;
        }
        var y = Objects(RunDot(dot, "json"))
            .ToDictionary(o => o.Name, o => double.Parse(o.Pos.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(diagram.Nodes, n => Assert.True(y[DotExporter.NotesId] < y[n.Card.Node.Id], n.Card.Node.Id));
    }

    private static List<(string Name, string Pos)> Objects(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("objects").EnumerateArray()
            .Where(o => !o.TryGetProperty("nodes", out _)) // subgraphs (the notes' rank=sink group)
            .Select(o => (o.GetProperty("name").GetString()!, o.TryGetProperty("pos", out var pos) ? pos.GetString()! : "0,0")).ToList();
    }

    private static void AssertEveryNodeDeclaredOnce(string dot, Diagram.Diagram diagram)
    {
        foreach (var node in diagram.Nodes)
        {
            var declaration = "\n  " + DotExporter.Quote(node.Card.Node.Id) + " [shape=";
            var count = Regex.Matches(dot, Regex.Escape(declaration)).Count;
            Assert.True(count == 1, $"{node.Card.Node.Id} declared {count} times");
        }
    }

    /// <summary>dot's JSON lists one object per node, named by its id: exactly ours, nothing implicit.</summary>
    private static void AssertDotReadsBackTheNodes(string json, Diagram.Diagram diagram)
    {
        var titles = Objects(json).Select(o => o.Name).ToList();
        var splits = diagram.Edges.Where(e => e.Kind == EdgeKind.Undercuts).Select(e => DotExporter.SplitId(e.To, e.ToTarget!)).Distinct();
        // A DOT node name is the quoted string as written, with only \" unescaped (dot keeps \\ and \n verbatim).
        var notes = diagram.Footer.Count > 0 ? [DotExporter.NotesId] : Array.Empty<string>();
        var expected = diagram.Nodes.Select(n => n.Card.Node.Id).Concat(splits).Concat(notes)
            .Select(id => DotExporter.Quote(id)[1..^1].Replace("\\\"", "\""))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, titles.Order(StringComparer.Ordinal).ToList());
    }

    private static string RunDot(string dot, string format)
    {
        var info = new ProcessStartInfo(DotPath, "-T" + format)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dot did not finish within 60 s");
        }
        var err = stderr.Result;
        Assert.True(process.ExitCode == 0, $"dot exited with {process.ExitCode}: {err}\n{dot}");
        Assert.True(err.Trim().Length == 0, $"dot wrote to stderr: {err}");
        return stdout.Result;
    }

    /// <summary>The same diagram with every node id passed through <paramref name="map"/> (nodes and edges).</summary>
    internal static Diagram.Diagram Rename(Diagram.Diagram diagram, Func<string, string> map) => diagram with
    {
        Nodes = diagram.Nodes.Select(n => n with { Card = n.Card with { Node = n.Card.Node with { Id = map(n.Card.Node.Id) } } }).ToList(),
        Edges = diagram.Edges.Select(e => e with { From = map(e.From), To = map(e.To), ToTarget = e.ToTarget is null ? null : map(e.ToTarget) }).ToList(),
    };
}
