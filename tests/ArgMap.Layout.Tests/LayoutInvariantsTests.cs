using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

/// <summary>The rule checker itself must catch broken layouts, or the other tests prove nothing.</summary>
public class LayoutInvariantsTests
{
    [Fact]
    public void DetectsOverlapsRoutesThroughBoxesUpwardChildrenAndBadEndpoints()
    {
        var g = new LayoutGraph([new LayoutNode(100, 50), new LayoutNode(100, 50), new LayoutNode(100, 50)],
            [new LayoutEdge(0, 1, true)], [new LayoutAttachment(2, 0)]);
        var boxes = new[] { new Rect(0, 200, 100, 50), new Rect(50, 0, 100, 50), new Rect(60, 20, 100, 50) };
        // Route from 0's top straight through box 1 and 2 to 1's ... interior.
        var a = new Point(50, 200);
        var route = new EdgeRoute(a, [Bezier.Line(a, new Point(100, 25))]);
        var att = new EdgeRoute(new Point(160, 40), [Bezier.Line(new Point(160, 40), new Point(0, 0))]);
        var result = new LayoutResult(boxes, [route], [att], new Rect(0, 0, 160, 250));
        List<string> errors = LayoutInvariants.Check(g, new LayoutOptions(), result);
        Assert.Contains(errors, e => e.Contains("overlap"));
        Assert.Contains(errors, e => e.Contains("passes through box"));
        Assert.Contains(errors, e => e.Contains("not after parent"));
        Assert.Contains(errors, e => e.Contains("does not end on child"));
        Assert.Contains(errors, e => e.Contains("attacked midpoint"));
    }

    [Fact]
    public void AcceptsARealLayout()
    {
        LayoutGraph g = TestGraphs.SmallTree((5, 0, false));
        Assert.Empty(LayoutInvariants.Check(g, new LayoutOptions(), LayeredLayout.Compute(g, new LayoutOptions())));
    }
}
