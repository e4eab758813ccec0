using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class VirtualNodesTests
{
    private static LayerGraph Build(LayoutGraph g)
    {
        Ranking.Result r = Ranking.Compute(g);
        double[] w = g.Nodes.Select(n => n.Width).ToArray(), h = g.Nodes.Select(n => n.Height).ToArray();
        return VirtualNodes.Build(g, r, w, h);
    }

    [Fact]
    public void LongEdgeGetsOneVirtualNodePerCrossedRank()
    {
        LayerGraph lg = Build(TestGraphs.SmallTree((0, 5, false)));
        int e = 5;
        Assert.Equal(3, lg.Chain[e].Length);
        Assert.True(lg.IsVirtual(lg.Chain[e][1]));
        Assert.Equal(1, lg.Rank[lg.Chain[e][1]]);
        Assert.False(lg.Reversed[e]);
    }

    [Fact]
    public void UpwardCrossLinkIsReversed()
    {
        LayerGraph lg = Build(TestGraphs.SmallTree((5, 0, false)));
        Assert.True(lg.Reversed[5]);
        Assert.Equal(0, lg.Chain[5][0]);
        Assert.Equal(5, lg.Chain[5][^1]);
    }

    [Fact]
    public void SameRankLinkHasNoLayerEdges()
    {
        LayerGraph lg = Build(TestGraphs.SmallTree((3, 4, false), (4, 4, false)));
        Assert.Equal(LayerGraph.EdgeKind.SameRank, lg.Kind[5]);
        Assert.Equal(LayerGraph.EdgeKind.SameRank, lg.Kind[6]);
        Assert.Equal(5, lg.EdgeCount);
    }

    [Fact]
    public void EveryLayerEdgeSpansExactlyOneRank()
    {
        LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(300, Seed: 3, CrossFraction: 0.2, Attachments: 10, Nasty: true));
        LayerGraph lg = Build(g);
        for (int e = 0; e < lg.EdgeCount; e++) Assert.Equal(lg.Rank[lg.EdgeTop[e]] + 1, lg.Rank[lg.EdgeBottom[e]]);
        foreach (int[] layer in lg.Layers)
            for (int i = 0; i < layer.Length; i++) Assert.Equal(i, lg.Pos[layer[i]]);
        Assert.Equal(lg.Count, lg.Layers.Sum(l => l.Length));
    }

    [Fact]
    public void InitialOrderKeepsSiblingsTogether()
    {
        LayerGraph lg = Build(TestGraphs.SmallTree());
        Assert.Equal([3, 4, 5], lg.Layers[2]);
    }
}
