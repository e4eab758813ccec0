using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class CrossingReductionTests
{
    private static LayerGraph Build(LayoutGraph g)
    {
        Ranking.Result r = Ranking.Compute(g);
        double[] w = g.Nodes.Select(n => n.Width).ToArray(), h = g.Nodes.Select(n => n.Height).ToArray();
        return VirtualNodes.Build(g, r, w, h);
    }

    [Fact]
    public void CountsASingleCrossing()
    {
        // Two roots whose children are swapped by cross links only: 0 -> 2, 1 -> 3 primary; 0 -> 3, 1 -> 2 cross.
        LayerGraph lg = Build(TestGraphs.Make(4, [(0, 3, true), (1, 2, true), (0, 2, false)]));
        lg.Layers[1][0] = 2; lg.Layers[1][1] = 3; lg.Pos[2] = 0; lg.Pos[3] = 1;
        Assert.Equal(1, CrossingReduction.CountCrossings(lg));
    }

    [Fact]
    public void RemovesAvoidableCrossings()
    {
        // Cross links pull node 3's subtree to the other side of the tree.
        LayoutGraph g = TestGraphs.Make(7, [(0, 1, true), (0, 2, true), (1, 3, true), (1, 4, true), (2, 5, true), (2, 6, true), (3, 6, false), (4, 5, false)]);
        LayerGraph lg = Build(g);
        long before = CrossingReduction.CountCrossings(lg);
        CrossingReduction.Run(lg, new LayoutOptions());
        long after = CrossingReduction.CountCrossings(lg);
        Assert.True(after <= before);
        Assert.Equal(0, after);
    }

    [Fact]
    public void NeverWorseThanInitialAndDeterministic()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(200, Seed: seed, CrossFraction: 0.15));
            LayerGraph a = Build(g), b = Build(g);
            long before = CrossingReduction.CountCrossings(a);
            CrossingReduction.Run(a, new LayoutOptions());
            CrossingReduction.Run(b, new LayoutOptions());
            Assert.True(CrossingReduction.CountCrossings(a) <= before);
            for (int r = 0; r < a.RankCount; r++) Assert.Equal(a.Layers[r], b.Layers[r]);
            for (int v = 0; v < a.Count; v++) Assert.Equal(v, a.Layers[a.Rank[v]][a.Pos[v]]);
        }
    }
}
