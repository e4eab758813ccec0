using System.Text.RegularExpressions;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Markdown;
using ArgMap.Rendering.Tests.Support;

namespace ArgMap.Rendering.Tests.Markdown;

/// <summary>The Markdown outline: golden files per example and citation style, every node's text, consistent footnotes.</summary>
public class MarkdownExporterTests
{
    public static TheoryData<string, CitationStyle> Cases()
    {
        var data = new TheoryData<string, CitationStyle>();
        foreach (var file in Repo.ExampleFiles())
        {
            foreach (var style in new[] { CitationStyle.Chicago, CitationStyle.Apa })
            {
                data.Add(Path.GetFileNameWithoutExtension(file), style);
            }
        }
        return data;
    }

    private static Core.Graph.ArgumentGraph Load(string example) => Maps.Load(Path.Combine(Repo.Examples, example + ".json"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExampleMatchesApprovedMarkdown(string example, CitationStyle style)
    {
        GoldenFile.Verify(MarkdownExporter.Export(Load(example), style), $"{example}.{style.ToString().ToLowerInvariant()}", "md");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryNodesTextAndQuoteAppears(string example, CitationStyle style)
    {
        var graph = Load(example);
        var plain = Unescape(MarkdownExporter.Export(graph, style));
        foreach (var node in graph.Map.Nodes)
        {
            Assert.Contains("`" + node.Id + "`", plain.Replace("## Question: ", "`" + graph.Map.Question.Id + "` "));
            if (node.Text is { } text)
            {
                Assert.Contains(Flat(text), plain);
            }
            if (node.Evidence is { } evidence)
            {
                foreach (var paragraph in Regex.Split(evidence.Quote, @"\n\s*\n"))
                {
                    Assert.Contains(Flat(paragraph), plain);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FootnoteReferencesAndDefinitionsMatch(string example, CitationStyle style)
    {
        var graph = Load(example);
        var md = MarkdownExporter.Export(graph, style);
        var definitions = Regex.Matches(md, @"^\[\^(\d+)\]: ", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var references = Regex.Matches(md, @"\[\^(\d+)\](?!:)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, definitions.Count), definitions); // numbered 1..n, in order, once each
        Assert.Equal(definitions, references.Distinct().Order());          // every reference defined, every definition used
        Assert.Equal(references.Distinct(), references.Distinct().Order()); // numbered by first use
        // Every cited source (the analysed work, each evidence's source and "cited in" work) has a footnote.
        var cited = graph.Map.Nodes.SelectMany(n => new[] { n.Evidence?.SourceId, n.Evidence?.CitedInId }).Append(graph.Map.About)
            .Where(id => id is not null).Distinct().Count();
        Assert.Equal(cited, definitions.Count);
    }

    [Fact]
    public void StructureFollowsThePrimaryTree()
    {
        var md = MarkdownExporter.Export(Load("school-uniforms"), CitationStyle.Chicago);
        Assert.StartsWith("# Should state schools require a uniform?\n\n*A small example map", md);
        Assert.Contains("\n## Question: Should state schools require pupils to wear a uniform?\n", md);
        var yes = md.IndexOf("\n## Yes\n", StringComparison.Ordinal);
        var no = md.IndexOf("\n## No\n", StringComparison.Ordinal);
        Assert.True(yes > 0 && no > yes);
        Assert.Contains("\n- *supports* — **Claim** `c-equal`: ", md);
        Assert.Contains("\n  - *supports* — **Evidence** `e-russell`: ", md);
        Assert.Contains("\n  - *contests* — **Evidence** `e-brunsma` (for no): ", md);
        Assert.Contains("\n  - *supports* (attendance) — **Evidence** `e-gentile`: ", md);
        Assert.Contains("\n    - *undercuts the inference from `e-gentile` to `c-behaviour`* — **Rebuttal** `u-selection` (for no): ", md);
        Assert.Contains("\n  - *contests* — **Rebuttal** `r-branded` (for yes): ", md);
        Assert.Contains("\n    > “We very much support schools", md);
        Assert.Contains("[^1]: The Children’s Society", md.Replace('\'', '’'));
        Assert.DoesNotContain("## Unconnected", md);
    }

    [Fact]
    public void UnconnectedNodesGetTheirOwnSection()
    {
        var graph = Maps.FromJson("""
            { "argmap": 1, "nodes": [
              { "id": "q", "type": "question", "text": "Q?" },
              { "id": "c", "type": "claim", "text": "Yes.", "supports": ["q"] },
              { "id": "lost", "type": "claim", "text": "Lost claim." },
              { "id": "lost2", "type": "rebuttal", "text": "Lost rebuttal.", "contests": ["lost"] } ] }
            """);
        var md = MarkdownExporter.Export(graph, CitationStyle.Chicago);
        var section = md[md.IndexOf("## Unconnected", StringComparison.Ordinal)..];
        Assert.Contains("- **Claim** `lost`: Lost claim.", section);
        Assert.Contains("- **Rebuttal** `lost2`: Lost rebuttal.", section);
        Assert.Contains("  - contests `lost`", section);
        Assert.Contains("## No\n\n*Nothing on this side.*", md);
    }

    [Theory]
    [InlineData("C# and #1", "C# and #1")]
    [InlineData("*bold* and _under_ and snake_case", "\\*bold\\* and \\_under\\_ and snake_case")]
    [InlineData("[link](http://x) `code` <b>", "\\[link\\](http://x) \\`code\\` \\<b>")]
    [InlineData("Tom & Jerry &amp; co", "Tom & Jerry \\&amp; co")]
    [InlineData("It's \"fine\", (really) - 50% off: yes.", "It's \"fine\", (really) - 50% off: yes.")]
    [InlineData("see https://example.org/a_b_(c)*", "see https://example.org/a_b_(c)*")]
    public void EscapesMarkupButNotOrdinaryPunctuation(string text, string expected)
    {
        Assert.Equal(expected, MarkdownExporter.Escape(text));
    }

    [Theory]
    [InlineData("> quoted", "\\> quoted")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("- item", "\\- item")]
    public void EscapesBlockMarkersAtLineStart(string text, string expected)
    {
        Assert.Equal(expected, MarkdownExporter.Escape(text, atLineStart: true));
    }

    [Fact]
    public void HostileTextStaysText()
    {
        const string hostile = "# Title *x* _y_ [^1] `z` <script> > \n\n- item";
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            argmap = 1,
            title = hostile,
            nodes = new object[]
            {
                new { id = "q", type = "question", text = hostile },
                new { id = "c", type = "claim", text = hostile, supports = new[] { "q" } },
                new { id = "e", type = "evidence", quote = hostile, supports = new[] { "c" } },
            },
        });
        var md = MarkdownExporter.Export(Maps.FromJson(json), CitationStyle.Chicago);
        Assert.DoesNotMatch(@"(?<!\\)<script>", md);
        Assert.DoesNotContain("[^1]", md); // no sources: the user's "[^1]" is escaped, not a footnote
        Assert.Equal(4, Regex.Matches(md, @"^#+ ", RegexOptions.Multiline).Count); // title, question, Yes, No only
        Assert.Contains(Flat(hostile), Unescape(md));
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The text a reader sees, near enough: backslash escapes removed.</summary>
    private static string Unescape(string md) => Regex.Replace(md, @"\\([!-/:-@\[-`{-~])", "$1");
}
