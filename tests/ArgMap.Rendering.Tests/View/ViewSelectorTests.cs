using ArgMap.Core.Graph;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.View;

public class ViewSelectorTests
{
    private static readonly string Stalin = Path.Combine(Repo.Examples, "did-stalin-want-mass-terror.json");

    [Fact]
    public void OneSideShowsTheQuestionAndOnlyThatSide()
    {
        var graph = Maps.Load(Stalin);
        var selection = ViewSelector.Select(graph, new ViewOptions { OnlySide = Side.Yes });
        Assert.Contains(selection.Nodes, n => n.Id == "q");
        Assert.All(selection.Nodes.Where(n => n.Id != "q"), n => Assert.Equal(Side.Yes, graph.SideOf(n.Id)));
        Assert.True(selection.Nodes.Count > 2);
    }

    [Fact]
    public void FocusKeepsTheNeighbourhoodWithinTheDepth()
    {
        var graph = Maps.Load(Stalin);
        var one = ViewSelector.Select(graph, new ViewOptions { Focus = "c-opposed", FocusDepth = 1 });
        var ids = one.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("c-opposed", ids);
        Assert.Contains("q", ids);
        Assert.Contains("e-1933-instruction", ids);
        Assert.All(graph.RelationsInto("c-opposed"), r => Assert.Contains(r.From, ids));
        var zero = ViewSelector.Select(graph, new ViewOptions { Focus = "c-opposed", FocusDepth = 0 });
        Assert.Equal(["c-opposed"], zero.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void CollapsedEvidenceBecomesACountOnTheClaim()
    {
        var graph = Maps.Load(Stalin);
        var svg = SvgExporter.Export(DiagramBuilder.Build(graph, new ViewOptions { CollapseEvidence = true }));
        var doc = new SvgDocument(svg);
        Assert.DoesNotContain(doc.Nodes, n => (string?)n.Attribute("data-type") == "evidence");
        var claim = doc.Nodes.Single(n => (string?)n.Attribute("data-id") == "c-opposed");
        Assert.Contains("2 QUOTES", string.Concat(claim.Descendants(SvgDocument.Ns + "tspan").Select(t => t.Value)));
    }

    [Fact]
    public void NoSourcesLeavesOutNotesAndNumbers()
    {
        var svg = SvgExporter.Export(DiagramBuilder.Build(Maps.Load(Stalin), new ViewOptions { NoSources = true }));
        Assert.DoesNotContain("class=\"notes\"", svg);
        Assert.DoesNotContain("[2, 3]", svg);
    }

    [Theory]
    [InlineData(ArgMap.Layout.LayoutDirection.TopDown)]
    [InlineData(ArgMap.Layout.LayoutDirection.BottomUp)]
    [InlineData(ArgMap.Layout.LayoutDirection.LeftRight)]
    [InlineData(ArgMap.Layout.LayoutDirection.RightLeft)]
    public void EveryDirectionPutsTheQuestionOnItsSide(ArgMap.Layout.LayoutDirection direction)
    {
        var doc = new SvgDocument(SvgExporter.Export(DiagramBuilder.Build(Maps.Load(Stalin), new ViewOptions { Direction = direction })));
        var boxes = doc.Nodes.ToDictionary(n => (string)n.Attribute("data-id")!, doc.BoxOf);
        var q = boxes["q"];
        var claim = boxes["c-opposed"];
        switch (direction)
        {
            case ArgMap.Layout.LayoutDirection.TopDown: Assert.True(q.Bottom <= claim.Y); break;
            case ArgMap.Layout.LayoutDirection.BottomUp: Assert.True(claim.Bottom <= q.Y); break;
            case ArgMap.Layout.LayoutDirection.LeftRight: Assert.True(q.Right <= claim.X); break;
            case ArgMap.Layout.LayoutDirection.RightLeft: Assert.True(claim.Right <= q.X); break;
        }
    }
}
