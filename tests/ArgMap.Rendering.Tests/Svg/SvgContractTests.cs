using System.Xml.Linq;
using ArgMap.Core.Model;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Svg;

/// <summary>The documented SVG contract (data-* attributes, viewBox, accessibility) on every example.</summary>
public class SvgContractTests
{
    public static TheoryData<string> Examples() => new(Repo.ExampleFiles());

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryNodeAndRelationIsDrawnWithItsDataAttributes(string file)
    {
        var graph = Maps.Load(file);
        var doc = new SvgDocument(SvgExporter.Export(DiagramBuilder.Build(graph, ViewOptions.Default)));

        var drawn = doc.Nodes.ToDictionary(n => (string)n.Attribute("data-id")!);
        Assert.Equal(graph.Map.Nodes.Select(n => n.Id).Order(), drawn.Keys.Order());
        foreach (var node in graph.Map.Nodes)
        {
            var g = drawn[node.Id];
            var type = node.Kind.ToString().ToLowerInvariant();
            Assert.Equal($"node node-{type}", (string?)g.Attribute("class"));
            Assert.Equal(type, (string?)g.Attribute("data-type"));
            Assert.Contains(node.DisplayText.Split('\n')[0][..Math.Min(20, node.DisplayText.Length)].Trim(), (string)g.Element(SvgDocument.Ns + "title")!);
        }

        var edges = doc.Edges.Select(e => ((string)e.Attribute("class")!, (string)e.Attribute("data-from")!, (string)e.Attribute("data-to")!, (string?)e.Attribute("data-to-target"))).ToList();
        foreach (var r in graph.Relations)
        {
            Assert.Contains(($"edge edge-{(r.Kind == RelationKind.Supports ? "supports" : "contests")}", r.From, r.To, (string?)null), edges);
        }
        foreach (var u in graph.Undercuts)
        {
            Assert.Contains(("edge edge-undercuts", u.From, u.Target.From, (string?)u.Target.To), edges);
        }
        Assert.Equal(graph.Relations.Count() + graph.Undercuts.Count(), edges.Count);
        Assert.All(doc.Edges, e => Assert.NotNull(e.Element(SvgDocument.Ns + "path")?.Attribute("d")));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ViewBoxContainsEveryBoxAndNoBoxesOverlap(string file)
    {
        var doc = new SvgDocument(SvgExporter.Export(DiagramBuilder.Build(Maps.Load(file), ViewOptions.Default)));
        var view = doc.ViewBox;
        var boxes = doc.Nodes.Select(doc.BoxOf).ToList();
        Assert.All(boxes, b => Assert.True(view.Contains(b), $"box {b} outside the viewBox {view}"));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Intersects(boxes[j]), $"boxes {boxes[i]} and {boxes[j]} overlap");
            }
        }
    }

    [Fact]
    public void TheSvgIsAccessibleAndSelfContained()
    {
        var svg = SvgExporter.Export(DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, "did-stalin-want-mass-terror.json")), ViewOptions.Default));
        var doc = new SvgDocument(svg);
        Assert.Equal("img", (string?)doc.Root.Attribute("role"));
        Assert.Equal("argmap-title argmap-desc", (string?)doc.Root.Attribute("aria-labelledby"));
        Assert.Contains("Did Stalin", (string)doc.Root.Element(SvgDocument.Ns + "title")!);
        var desc = (string)doc.Root.Element(SvgDocument.Ns + "desc")!;
        Assert.Contains("Question: Did Stalin want mass terror?", desc);
        Assert.Contains("No side:", desc);
        Assert.Contains("undercut", desc);
        foreach (var forbidden in new[] { "<foreignObject", "<script", "<style", "<image", "@import", "url(http" })
        {
            Assert.DoesNotContain(forbidden, svg, StringComparison.OrdinalIgnoreCase);
        }
        Assert.All(doc.Root.Descendants(SvgDocument.Ns + "a"), a => Assert.Matches("^(https?://|mailto:)", (string)a.Attribute("href")!));
    }

    [Fact]
    public void EvidenceCardsQuoteAndCiteAsTheIssueShows()
    {
        var svg = SvgExporter.Export(DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, "did-stalin-want-mass-terror.json")), ViewOptions.Default));
        var doc = new SvgDocument(svg);
        var card = doc.Nodes.Single(n => (string?)n.Attribute("data-id") == "e-1933-instruction");
        var text = string.Join(" ", card.Descendants(SvgDocument.Ns + "tspan").Select(t => t.Value));
        Assert.StartsWith("EVIDENCE \u00B7 NO", text);
        Assert.Contains("\u201CThese comrades do not understand", text);
        Assert.Contains("\u2014 J. V. Stalin, 1933, ll. 50-55, as cited in Getty 2002, 113-138 [2, 3]", text.Replace("2002, 113-138 [2,", "2002, 113-138 [2,"));
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var file = Path.Combine(Repo.Examples, "four-day-week.json");
        var first = SvgExporter.Export(DiagramBuilder.Build(Maps.Load(file), ViewOptions.Default));
        var second = SvgExporter.Export(DiagramBuilder.Build(Maps.Load(file), ViewOptions.Default));
        Assert.Equal(first, second);
    }
}
