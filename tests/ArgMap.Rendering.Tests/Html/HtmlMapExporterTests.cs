using System.Text.RegularExpressions;
using ArgMap.Analysis.Evaluation;
using ArgMap.Rendering.Html;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Html;

/// <summary>The HTML map page's text, without a browser (the browser tests cover its behaviour).</summary>
public class HtmlMapExporterTests
{
    private static readonly string Stalin = Path.Combine(Repo.Examples, "did-stalin-want-mass-terror.json");

    /// <summary>The visible SVG text: every text element's content, tags stripped.</summary>
    private static List<string> SvgTexts(string html) =>
        Regex.Matches(html, "<text[^>]*>(.*?)</text>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).ToList();

    [Fact]
    public void The_title_and_subtitle_appear_once_in_the_page_heading_not_again_in_the_map()
    {
        var graph = Maps.Load(Stalin);
        var html = HtmlMapExporter.Export(graph, ViewOptions.Default);

        Assert.Contains("<h1>Did Stalin Want “Mass Terror?”</h1>", html);
        Assert.Contains("<p>Blog post by Victor Vaughn", html);
        var texts = SvgTexts(html);
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Did Stalin Want", StringComparison.Ordinal)); // (source note 1 cites the post by it)
        Assert.DoesNotContain(texts, t => t.Contains("Blog post by Victor Vaughn", StringComparison.Ordinal));
    }

    [Fact]
    public void The_verdict_stays_in_the_map_when_status_is_shown()
    {
        var graph = Maps.Load(Stalin);
        var html = HtmlMapExporter.Export(graph, ViewOptions.Default with { Status = MapEvaluator.Assess(graph, SemanticsKind.Grounded) });
        Assert.Contains(SvgTexts(html), t => t.StartsWith("Verdict (grounded semantics):", StringComparison.Ordinal));
    }
}
