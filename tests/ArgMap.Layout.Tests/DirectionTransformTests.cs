using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class DirectionTransformTests
{
    [Theory]
    [InlineData(LayoutDirection.TopDown)]
    [InlineData(LayoutDirection.BottomUp)]
    [InlineData(LayoutDirection.LeftRight)]
    [InlineData(LayoutDirection.RightLeft)]
    public void ChildrenFollowTheirParentsInEveryDirection(LayoutDirection d)
    {
        LayoutGraph g = TestGraphs.SmallTree((5, 0, false), (3, 4, false));
        var o = new LayoutOptions { Direction = d };
        LayoutResult r = LayeredLayout.Compute(g, o);
        foreach (LayoutEdge e in g.Edges.Where(e => e.IsPrimary))
            Assert.True(LayoutInvariants.IsAfter(r.Nodes[e.Parent], r.Nodes[e.Child], d));
        Assert.Empty(LayoutInvariants.Check(g, o, r));
    }

    [Fact]
    public void HorizontalRanksAreAsThickAsTheWidestNode()
    {
        // Children of different widths: in LeftRight the rank column is as wide as the widest child,
        // and children are centred on the column's centre line.
        var g = new LayoutGraph([new LayoutNode(80, 30), new LayoutNode(300, 30), new LayoutNode(100, 60)],
            [new LayoutEdge(0, 1, true), new LayoutEdge(0, 2, true)], []);
        var o = new LayoutOptions { Direction = LayoutDirection.LeftRight, RankSpacing = 50 };
        LayoutResult r = LayeredLayout.Compute(g, o);
        Assert.Equal(new Rect(0, r.Nodes[0].Y, 80, 30), r.Nodes[0]);
        Assert.Equal(80 + 50, r.Nodes[1].X, 9);
        Assert.Equal(r.Nodes[1].Center.X, r.Nodes[2].Center.X, 9);
        Assert.Equal(80 + 50 + 300, r.Bounds.Width, 9);
    }

    [Fact]
    public void OppositeDirectionsMirrorEachOther()
    {
        LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(80, Seed: 11, Attachments: 4));
        LayoutResult td = LayeredLayout.Compute(g, new LayoutOptions { Direction = LayoutDirection.TopDown });
        LayoutResult bu = LayeredLayout.Compute(g, new LayoutOptions { Direction = LayoutDirection.BottomUp });
        LayoutResult lr = LayeredLayout.Compute(g, new LayoutOptions { Direction = LayoutDirection.LeftRight });
        LayoutResult rl = LayeredLayout.Compute(g, new LayoutOptions { Direction = LayoutDirection.RightLeft });
        Assert.Equal(td.Bounds, bu.Bounds);
        Assert.Equal(lr.Bounds, rl.Bounds);
        for (int v = 0; v < g.Nodes.Count; v++)
        {
            Assert.Equal(td.Nodes[v].X, bu.Nodes[v].X, 6);
            Assert.Equal(td.Bounds.Height - td.Nodes[v].Bottom, bu.Nodes[v].Y, 6);
            Assert.Equal(lr.Nodes[v].Y, rl.Nodes[v].Y, 6);
            Assert.Equal(lr.Bounds.Width - lr.Nodes[v].Right, rl.Nodes[v].X, 6);
        }
    }
}
