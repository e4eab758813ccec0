using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using static ArgMap.Formats.Tests.TestSupport;

namespace ArgMap.Formats.Tests;

/// <summary>The worked examples in examples/ load cleanly and show what the format documentation says they show.</summary>
public class MapLoaderTests
{
    private static List<string> ExampleNames() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "examples"), "*.json").Select(f => Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToList();

    public static TheoryData<string> Examples() => new(ExampleNames());

    private static LoadResult LoadExample(string name) => MapLoader.Load(Path.Combine(RepoRoot(), "examples", name));

    [Fact]
    public void TheThreeDocumentedExamplesExist()
    {
        var names = ExampleNames();
        Assert.Contains("school-uniforms.json", names);
        Assert.Contains("did-stalin-want-mass-terror.json", names);
        Assert.Contains("four-day-week.json", names);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleLoadsWithNoErrorsAndNoWarnings(string name)
    {
        var result = LoadExample(name);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Succeeded);
        var graph = result.Graph!;
        Assert.Single(result.Map!.Nodes, n => n.Kind == NodeKind.Question);
        Assert.All(result.Map.Nodes, n => Assert.True(graph.CanReachQuestion(n.Id), n.Id));
        Assert.Empty(graph.SupportCycles());
    }

    [Fact]
    public void StalinExampleHasOneQuestionAnUndercutOnBothQuoteRelationsAndBothSides()
    {
        var result = LoadExample("did-stalin-want-mass-terror.json");
        var map = result.Map!;
        var graph = result.Graph!;
        Assert.Equal("q", Assert.Single(map.Nodes, n => n.Kind == NodeKind.Question).Id);

        var undercut = Assert.Single(map.Undercuts.Select(u => u.From).Distinct());
        Assert.Equal("u-predate", undercut);
        Assert.Equal(
            [new RelationKey("e-1933-instruction", "c-opposed"), new RelationKey("e-1937-speech", "c-opposed")],
            map.Undercuts.Select(u => u.Target).ToArray());
        Assert.All(map.Undercuts, u => Assert.NotNull(graph.FindRelation(u.Target)));
        Assert.Equal(2, graph.Undercuts.Count());

        Assert.Equal(Side.No, graph.SideOf("c-opposed"));
        Assert.Equal(Side.No, graph.SideOf("e-1933-instruction"));
        Assert.Equal(Side.Yes, graph.SideOf("r-approved"));
        Assert.Equal(Side.Yes, graph.SideOf("u-predate"));
        Assert.Contains(map.Nodes, n => graph.SideOf(n.Id) == Side.Yes);
        Assert.Contains(map.Nodes, n => graph.SideOf(n.Id) == Side.No);

        // The "as cited in" chain.
        var e1933 = map.Nodes.Single(n => n.Id == "e-1933-instruction").Evidence!;
        Assert.Equal("getty2002", e1933.CitedInId);
        Assert.NotNull(graph.FindSource(e1933.SourceId!));
    }

    internal static string SeedPath => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "seed", "did-stalin-want-mass-terror.txt"));

    /// <summary>A fact skipped, with the reason, when the shared seed text is not checked out beside the repository.</summary>
    public sealed class SeedFactAttribute : FactAttribute
    {
        public SeedFactAttribute()
        {
            if (!System.IO.File.Exists(SeedPath))
            {
                Skip = $"the seed text {SeedPath} is absent, so the Stalin quotes cannot be compared with it";
            }
        }
    }

    [SeedFact]
    public void StalinExampleQuotesAreVerbatimAsInTheSeedText()
    {
        var seedPath = SeedPath;
        var seed = System.IO.File.ReadAllText(seedPath).ReplaceLineEndings("\n");
        var map = LoadExample("did-stalin-want-mass-terror.json").Map!;
        foreach (var id in new[] { "e-1933-instruction", "e-1937-speech" })
        {
            var quote = map.Nodes.Single(n => n.Id == id).Evidence!.Quote;
            // The post prints each quotation between curly quotes; paragraphs are separated by a blank line in both.
            Assert.True(seed.Contains("\u201c" + quote + "\u201d", StringComparison.Ordinal), $"the quote of {id} is not verbatim in the seed text");
        }
    }

    [Fact]
    public void LargeExampleHasAtLeast40NodesAndUsesEveryField()
    {
        var path = Path.Combine(RepoRoot(), "examples", "four-day-week.json");
        var result = MapLoader.Load(path);
        Assert.True(result.Succeeded);
        var map = result.Map!;
        Assert.True(map.Nodes.Count >= 40, $"only {map.Nodes.Count} nodes");

        using var doc = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
        var used = doc.RootElement.GetProperty("nodes").EnumerateArray().SelectMany(n => n.EnumerateObject().Select(p => p.Name)).ToHashSet();
        string[] nodeFields = ["id", "type", "text", "tags", "by", "note", "weight", "period", "supports", "contests", "undercuts",
            "quote", "source", "locator", "attribution", "date", "citedIn", "context", "highlight"];
        Assert.Empty(nodeFields.Except(used));
        var top = doc.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Empty(new[] { "$schema", "argmap", "title", "subtitle", "about", "nodes", "sources" }.Except(top));

        // Both target forms, all four node kinds, and a label and weight on some relation.
        Assert.Equal(4, map.Nodes.Select(n => n.Kind).Distinct().Count());
        Assert.Contains(map.Relations, r => r.Label is not null);
        Assert.Contains(map.Relations, r => r.Weight is not null);
        Assert.Contains(map.Relations, r => r.Label is null && r.Weight is null);
        Assert.NotEmpty(map.Undercuts);
        Assert.Contains(map.Nodes, n => n.Evidence is { CitedInId: not null });
        Assert.Contains(map.Nodes, n => n.Evidence is { Highlight.Count: > 0 });
        Assert.Contains(map.Nodes, n => n.Kind == NodeKind.Evidence && n.Text is not null);
        Assert.All(map.Nodes.Where(n => n.Evidence is { Highlight: not null }),
            n => Assert.All(n.Evidence!.Highlights, h => Assert.Contains(h, n.Evidence.Quote)));
    }
}
