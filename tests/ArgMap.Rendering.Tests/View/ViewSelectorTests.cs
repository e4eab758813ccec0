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
    public void OneSideShowsTheQuestionThatSideAndWhatItAnswers()
    {
        var graph = Maps.Load(Stalin);
        var selection = ViewSelector.Select(graph, new ViewOptions { OnlySide = Side.Yes });
        var ids = selection.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("q", ids);
        // Every yes-side node is drawn, with what it answers as context: the no-side claim the rebuttal contests, and
        // the quote whose support the undercut attacks (the undercut needs that edge to land on). Nothing else.
        Assert.All(graph.Map.Nodes.Where(n => graph.SideOf(n.Id) == Side.Yes), n => Assert.Contains(n.Id, ids));
        Assert.Equal(["c-opposed", "e-1933-instruction"], selection.Nodes.Where(n => n.Id != "q" && graph.SideOf(n.Id) != Side.Yes).Select(n => n.Id));
        Assert.DoesNotContain("e-1937-speech", ids);
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

public class ViewSelectorConnectednessTests
{
    public static TheoryData<string, bool, string?> Views()
    {
        var data = new TheoryData<string, bool, string?>();
        foreach (var file in Repo.ExampleFiles())
        {
            data.Add(Path.GetFileName(file), true, null);
            data.Add(Path.GetFileName(file), false, "yes");
            data.Add(Path.GetFileName(file), false, "no");
        }
        return data;
    }

    /// <summary>Collapsing evidence or showing one side never leaves a node floating with no edge to the rest.</summary>
    [Theory]
    [MemberData(nameof(Views))]
    public void EveryDrawnNodeStillHangsFromTheQuestion(string example, bool collapse, string? side)
    {
        var graph = Maps.Load(Path.Combine(Repo.Examples, example));
        var options = new ViewOptions
        {
            CollapseEvidence = collapse,
            OnlySide = side switch { "yes" => ArgMap.Core.Graph.Side.Yes, "no" => ArgMap.Core.Graph.Side.No, _ => null },
        };
        var selection = ViewSelector.Select(graph, options);
        var ids = selection.Nodes.Select(n => n.Id).ToHashSet();
        foreach (var node in selection.Nodes.Where(n => n.Kind != ArgMap.Core.Model.NodeKind.Question))
        {
            var connected = selection.Relations.Any(r => r.From == node.Id && ids.Contains(r.To))
                || selection.Undercuts.Any(u => u.From == node.Id);
            Assert.True(connected, $"{node.Id} is drawn with nothing to hang from");
        }
        Assert.True(selection.Nodes.Count > 1);
    }
}
