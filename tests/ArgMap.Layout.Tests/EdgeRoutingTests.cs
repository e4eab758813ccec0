using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class EdgeRoutingTests
{
    private static LayoutResult Layout(LayoutGraph g, LayoutOptions? o = null)
    {
        o ??= new LayoutOptions();
        LayoutResult r = LayeredLayout.Compute(g, o);
        List<string> errors = LayoutInvariants.Check(g, o, r);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return r;
    }

    [Fact]
    public void PrimaryEdgeRunsFromParentBottomToChildTop()
    {
        LayoutResult r = Layout(TestGraphs.SmallTree());
        EdgeRoute route = r.Edges[0];
        Assert.Equal(r.Nodes[0].Bottom, route.Start.Y, 9);
        Assert.Equal(r.Nodes[1].Y, route.End.Y, 9);
    }

    [Fact]
    public void UpwardCrossLinkStartsAtTheLowerParentAndEndsAtTheUpperChild()
    {
        LayoutResult r = Layout(TestGraphs.SmallTree((5, 0, false)));
        EdgeRoute route = r.Edges[5];
        Assert.Equal(r.Nodes[5].Y, route.Start.Y, 9);
        Assert.Equal(r.Nodes[0].Bottom, route.End.Y, 9);
    }

    [Fact]
    public void SameRankLinkAndSelfLoopDipIntoTheGapBelowTheRank()
    {
        LayoutResult r = Layout(TestGraphs.SmallTree((3, 5, false), (5, 3, false), (4, 4, false), (1, 2, false)));
        double rankBottom = new[] { 3, 4, 5 }.Max(v => r.Nodes[v].Bottom);
        foreach (int e in new[] { 5, 6, 7 })
        {
            IReadOnlyList<Point> pts = r.Edges[e].ToPolyline();
            Assert.True(pts.Max(p => p.Y) > rankBottom);
        }
        Assert.NotEqual(r.Edges[7].Start, r.Edges[7].End);
    }

    [Fact]
    public void LongEdgeAvoidsBoxesInBetween()
    {
        // A wide rank full of boxes between the endpoints.
        var edges = new List<(int, int, bool)> { (0, 1, true) };
        for (int i = 2; i < 12; i++) edges.Add((1, i, true));
        for (int i = 2; i < 12; i++) edges.Add((i, 10 + i, true));
        edges.Add((0, 16, false));
        edges.Add((21, 0, false));
        Layout(TestGraphs.Make(22, edges.ToArray()));
    }

    [Fact]
    public void AttachmentEndsOnTheMidpointOfTheAttackedEdge()
    {
        LayoutGraph g = TestGraphs.Make(8,
            [(0, 1, true), (0, 2, true), (1, 3, true), (3, 4, true), (0, 4, false), (5, 5, false)],
            [(6, 0), (7, 4), (2, 5), (0, 2)]);
        foreach (LayoutDirection d in Enum.GetValues<LayoutDirection>())
        {
            LayoutResult r = Layout(g, new LayoutOptions { Direction = d });
            for (int a = 0; a < g.Attachments.Count; a++)
                Assert.True(r.Attachments[a].End.DistanceTo(r.Edges[g.Attachments[a].Edge].Midpoint()) < 1e-6);
        }
    }

    [Fact]
    public void PortsOfSiblingsAreSpreadAlongTheParent()
    {
        LayoutResult r = Layout(TestGraphs.SmallTree());
        Assert.True(r.Edges[0].Start.X < r.Edges[1].Start.X);
        Assert.True(r.Nodes[0].IsOnBorder(r.Edges[0].Start));
    }
}
