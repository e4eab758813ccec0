using System.Net;
using System.Text.RegularExpressions;
using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Debate;
using ArgMap.Rendering.Tests.Support;

namespace ArgMap.Rendering.Tests.Debate;

/// <summary>
/// The debate packet: golden Markdown per example; the HTML checked tolerantly (balanced tags, one card per evidence
/// node, highlights inside &lt;mark&gt;, blocks flagging unanswered rebuttals, the flow sheet's shape, the paper size).
/// </summary>
public class DebatePacketTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repo.ExampleFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    private const string Stalin = "did-stalin-want-mass-terror";

    private static ArgumentGraph Load(string example) => Maps.Load(Path.Combine(Repo.Examples, example + ".json"));

    private static string Html(ArgumentGraph graph, DebateOptions? options = null) =>
        DebatePacket.Html(graph, MapEvaluator.Assess(graph), options ?? DebateOptions.Default);

    private static string Markdown(ArgumentGraph graph, DebateOptions? options = null) =>
        DebatePacket.Markdown(graph, MapEvaluator.Assess(graph), options ?? DebateOptions.Default);

    private static IEnumerable<ArgumentNode> Nodes(ArgumentGraph graph) =>
        graph.Map.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n));

    /// <summary>The HTML of the element that opens at <paramref name="start"/> (a div), up to its matching close.</summary>
    private static string Element(string html, int start)
    {
        var depth = 0;
        foreach (Match m in Regex.Matches(html[start..], @"<(/?)div\b"))
        {
            depth += m.Groups[1].Value == "/" ? -1 : 1;
            if (depth == 0)
            {
                return html.Substring(start, m.Index + 6);
            }
        }
        return html[start..];
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void MarkdownPacketMatchesApproved(string example)
    {
        GoldenFile.Verify(Markdown(Load(example)), example + ".debate", "md");
    }

    [Fact]
    public void ApaMarkdownPacketMatchesApproved()
    {
        GoldenFile.Verify(Markdown(Load(Stalin), new DebateOptions { Citations = CitationStyle.Apa }), Stalin + ".debate.apa", "md");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void HtmlTagsBalanceAndNothingIsFetchedOrScripted(string example)
    {
        var html = Html(Load(example));
        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var tag in new[] { "section", "div", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "mark", "span", "h1", "h2", "h3", "figure", "svg", "g" })
        {
            var open = Regex.Matches(html, $"<{tag}[\\s>]").Count;
            var close = Regex.Matches(html, $"</{tag}>").Count;
            Assert.True(open == close, $"<{tag}> opened {open} times, closed {close} times");
        }
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("@import", html);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryEvidenceNodeHasExactlyOneCard(string example)
    {
        var graph = Load(example);
        var html = Html(graph);
        var cards = Regex.Matches(html, "<div class=\"card\" data-id=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(cards.Count, cards.Distinct().Count());
        var evidence = Nodes(graph).Where(n => n.Kind == NodeKind.Evidence).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(evidence, cards.Order(StringComparer.Ordinal).ToList());
        var md = Markdown(graph);
        foreach (var id in evidence)
        {
            Assert.Single(Regex.Matches(md, $"^#### .*\\n\\n\\*\\*.*`{Regex.Escape(id)}`$", RegexOptions.Multiline));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void HighlightsAreMarkedAndQuotesKeptVerbatim(string example)
    {
        var graph = Load(example);
        var html = Html(graph);
        var marks = Regex.Matches(html, "<mark>(.*?)</mark>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        foreach (var node in Nodes(graph).Where(n => n.Evidence is not null))
        {
            var card = Element(html, html.IndexOf($"<div class=\"card\" data-id=\"{node.Id}\"", StringComparison.Ordinal));
            var text = WebUtility.HtmlDecode(Regex.Replace(card, "<[^>]+>", ""));
            foreach (var paragraph in Regex.Split(node.Evidence!.Quote, @"\n\s*\n"))
            {
                Assert.Contains(paragraph.Trim(), text);
            }
            foreach (var highlight in node.Evidence.Highlights)
            {
                Assert.Contains(marks, m => m.Contains(highlight, StringComparison.Ordinal));
            }
            if (node.Evidence.Context is { } context)
            {
                Assert.Contains("Cut in context:", card);
            }
        }
        Assert.Contains("mark { background:", html);
        Assert.Matches("mark \\{[^}]*font-weight: bold[^}]*text-decoration: underline", html);
    }

    [Fact]
    public void StalinCardsCarryTheDebateCite()
    {
        var html = Html(Load(Stalin));
        var card = Element(html, html.IndexOf("<div class=\"card\" data-id=\"e-1933-instruction\"", StringComparison.Ordinal));
        Assert.Contains("<p class=\"tag\">8 May 1933 instruction: arrests must be limited and controlled</p>", card);
        Assert.Contains("<span class=\"cite-short\">Stalin 1933, as cited in Getty 2002</span>", card);
        Assert.Contains("\u2014 at ll. 50-55.", card);
        Assert.Contains("<i>The Russian Review</i>", card);
        Assert.Contains("<mark>making arrests ought to be limited and carried out under strict control of appropriate organs</mark>", card);
        Assert.Contains("<span class=\"cite-short\">Getty 2002</span>", html);
        Assert.Contains("<span class=\"cite-short\">Khrushchev 1956</span>", html);
        var speech = Element(html, html.IndexOf("<div class=\"card\" data-id=\"e-1937-speech\"", StringComparison.Ordinal));
        Assert.Equal(5, Regex.Matches(speech, "<p>").Count); // paragraphs kept
    }

    [Fact]
    public void StalinBlocksFlagTheUnansweredRebuttals()
    {
        var html = Html(Load(Stalin));
        var negative = html[html.IndexOf("id=\"negative-blocks\"", StringComparison.Ordinal)..];
        negative = negative[..negative.IndexOf("</section>", StringComparison.Ordinal)];
        var block = Element(negative, negative.IndexOf("<div class=\"block\" data-id=\"r-approved\"", StringComparison.Ordinal));
        Assert.Contains("If they say: Stalin personally approved", block);
        Assert.Contains("Answers:", block);
        Assert.Contains("No answer in the file yet", block);
        Assert.Contains("Their evidence:", block);
        Assert.Contains("Khrushchev 1956", block);
        Assert.Contains("data-id=\"u-predate\"", negative);
        var affirmative = html[html.IndexOf("id=\"affirmative-blocks\"", StringComparison.Ordinal)..];
        Assert.Contains("data-id=\"c-limits-as-control\"", affirmative[..affirmative.IndexOf("</section>", StringComparison.Ordinal)]);
        Assert.Contains("- **No answer in the file yet** (lint AM301)", Markdown(Load(Stalin)));
    }

    [Fact]
    public void AnsweredAttacksListTheirAnswersWithEvidence()
    {
        var graph = Load("four-day-week");
        var html = Html(graph);
        // r-iceland (negative) is answered by the undercut u-iceland, which cites Kamerade on CNN.
        var blocks = html[html.IndexOf("id=\"affirmative-blocks\"", StringComparison.Ordinal)..];
        var block = Element(blocks, blocks.IndexOf("<div class=\"block\" data-id=\"u-iceland\"", StringComparison.Ordinal));
        Assert.Contains("rr-direction", block);
        Assert.DoesNotContain("No answer in the file yet", block);
        var negative = html[html.IndexOf("id=\"negative-blocks\"", StringComparison.Ordinal)..];
        var iceland = Element(negative, negative.IndexOf("<div class=\"block\" data-id=\"r-iceland\"", StringComparison.Ordinal));
        // u-iceland undercuts r-iceland's support, not r-iceland itself: listed, but the block is still flagged (AM301).
        Assert.Contains("Against its support:", iceland);
        Assert.Contains("u-iceland", iceland);
        Assert.Contains("Evidence:", iceland);
        Assert.Contains("No answer in the file yet (lint AM301)", iceland);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void FlowSheetHasEightSpeechesAndOneRowPerClaim(string example)
    {
        var graph = Load(example);
        var html = Html(graph);
        var flow = html[html.IndexOf("<section class=\"flow\"", StringComparison.Ordinal)..];
        flow = flow[..flow.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("policy-debate order", flow);
        var head = flow[flow.IndexOf("<thead>", StringComparison.Ordinal)..flow.IndexOf("</thead>", StringComparison.Ordinal)];
        Assert.Equal(["Claim", "1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"], Regex.Matches(head, "<th[^>]*>([^<]*)</th>").Select(m => m.Groups[1].Value));
        var claims = Nodes(graph).Where(n => n.Kind is NodeKind.Claim or NodeKind.Rebuttal && graph.SideOf(n.Id) != Side.None).Select(n => n.Id).Order(StringComparer.Ordinal);
        var rows = Regex.Matches(flow, "<tr data-id=\"([^\"]*)\">(.*?)</tr>").ToList();
        Assert.Equal(claims, rows.Select(r => r.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(8, Regex.Matches(r.Groups[2].Value, "<td></td>").Count));
        var md = Markdown(graph);
        var table = md.Split('\n').SkipWhile(l => !l.StartsWith("| Claim |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal("| Claim | 1AC | 1NC | 2AC | 2NC | 1NR | 1AR | 2NR | 2AR |", table[0]);
        Assert.Equal(claims.Count() + 2, table.Count);
    }

    [Fact]
    public void PaperSizeSwitchesThePageRules()
    {
        var graph = Load(Stalin);
        var a4 = Html(graph);
        Assert.Contains("@page { size: A4;", a4);
        Assert.Contains("@page flow { size: A4 landscape;", a4);
        Assert.Contains("page: flow;", a4);
        Assert.Contains("break-before: page", a4);
        Assert.Contains(".card {", a4);
        Assert.Matches("\\.card \\{[^}]*break-inside: avoid", a4);
        var letter = Html(graph, new DebateOptions { Paper = PaperSize.Letter });
        Assert.Contains("@page { size: letter;", letter);
        Assert.Contains("@page flow { size: letter landscape;", letter);
        Assert.DoesNotContain("size: A4", letter);
    }

    [Fact]
    public void CoverHasTheResolutionBothSidesAndEveryVerdict()
    {
        var graph = Load("school-uniforms");
        var assessment = MapEvaluator.Assess(graph);
        var html = Html(graph);
        var cover = html[..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Resolution: " + WebUtility.HtmlEncode(graph.Map.Question.Text!), cover);
        Assert.Contains("Affirmative \u2014 yes", cover);
        Assert.Contains("Negative \u2014 no", cover);
        Assert.Contains("c-equal", cover);
        Assert.Contains("c-cost", cover);
        Assert.Equal(4, assessment.Verdicts.Count);
        foreach (var verdict in assessment.Verdicts)
        {
            Assert.Contains(WebUtility.HtmlEncode(verdict.Summary), cover);
        }
        Assert.True(html.IndexOf("id=\"affirmative-case\"", StringComparison.Ordinal) < html.IndexOf("id=\"negative-case\"", StringComparison.Ordinal));
    }

    [Fact]
    public void MapIsEmbeddedWithStatusLabelsAndExplanations()
    {
        var graph = Load(Stalin);
        var assessment = MapEvaluator.Assess(graph);
        var html = Html(graph);
        var map = html[html.IndexOf("<section class=\"map\"", StringComparison.Ordinal)..];
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", map);
        Assert.Contains("data-status=\"out\"", map);
        Assert.Contains(WebUtility.HtmlEncode(assessment.Explanations["c-opposed"]), map);
        Assert.Contains("The map is drawn in the HTML packet", Markdown(graph));
    }

    [Fact]
    public void SameInputGivesTheSameBytes()
    {
        Assert.Equal(Html(Load("four-day-week")), Html(Load("four-day-week")));
        Assert.Equal(Markdown(Load("four-day-week")), Markdown(Load("four-day-week")));
    }

    public static TheoryData<string> Hostile() => new(
        "<script>alert(1)</script>",
        "Tom & Jerry's \"quote\" ]]> <!-- -->",
        "bell\u0007 null\u0000 escape\u001b vertical\u000b",
        "</div></section><img src=x onerror=\"x\">",
        "| pipe | *star* _under_ `tick` [link](http://x) # hash");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileStringsAreEscapedAndIllegalCharactersDropped(string hostile)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            argmap = 1,
            title = hostile,
            subtitle = hostile,
            nodes = new object[]
            {
                new { id = "q", type = "question", text = "Q " + hostile },
                new { id = "c", type = "claim", text = hostile, by = hostile, supports = new[] { "q" } },
                new { id = "e", type = "evidence", text = hostile, quote = "A " + hostile + " B", context = hostile, attribution = hostile, locator = hostile, highlight = new[] { hostile }, source = "s", supports = new[] { "c" } },
                new { id = "r", type = "rebuttal", text = hostile, contests = new[] { "c" } },
            },
            sources = new object[] { new { id = "s", title = hostile, author = new[] { new { family = hostile } }, URL = "javascript:alert(1)" } },
        });
        var graph = Maps.FromJson(json);
        var html = Html(graph);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("\u0007", html);
        Assert.DoesNotContain("\u0000", html);
        Assert.Single(Regex.Matches(html, "<div class=\"card\""));
        Assert.Equal(Regex.Matches(html, "<section[\\s>]").Count, Regex.Matches(html, "</section>").Count);
        Assert.Equal(Regex.Matches(html, "<div[\\s>]").Count, Regex.Matches(html, "</div>").Count);
        var md = Markdown(graph);
        Assert.DoesNotMatch(@"(?<!\\)<script", md);
        Assert.DoesNotContain("\u0007", md);
        // The flow sheet's claim cells keep the table shape: no unescaped pipe splits a row.
        var rows = md.Split('\n').SkipWhile(l => !l.StartsWith("| Claim |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).Skip(2).ToList();
        Assert.All(rows, row => Assert.Equal(10, Regex.Matches(row, @"(?<!\\)\|").Count));
    }
}
