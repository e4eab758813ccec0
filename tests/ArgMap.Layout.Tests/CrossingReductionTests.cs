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

    [Fact]
    public void MovesWholeSubtreesTowardsTheirCrossLinks()
    {
        // The question (0) has two claims (1, 2); claim 1 has eight premises (3-10), each with a child (11-18) and
        // a grandchild (19-26). A cross link joins the first premise's child (11) to the last premise's grandchild
        // (26): in the DFS order it crosses the six tree edges between them. Sweeps alone leave all six (each
        // sees one rank, and cannot move a premise without tearing its family apart); neither mirroring nor
        // shuffling the claims (the restarts) helps. The subtree pass moves both premises towards each other
        // (part of the way: one link weighs less than a subtree's place, see SubtreeInertia).
        var edges = new List<(int, int, bool)> { (0, 1, true), (0, 2, true), (2, 27, true) };
        for (int i = 0; i < 8; i++) edges.AddRange([(1, 3 + i, true), (3 + i, 11 + i, true), (11 + i, 19 + i, true)]);
        edges.Add((11, 26, false));
        LayerGraph lg = Build(TestGraphs.Make(28, [.. edges]));
        Assert.Equal(6, CrossingReduction.CountCrossings(lg));

        CrossingReduction.Run(lg, new LayoutOptions());

        Assert.InRange(CrossingReduction.CountCrossings(lg), 0, 4);
        AssertTreeEdgesDoNotCross(lg);
    }

    [Fact]
    public void TreeEdgesNeverCross()
    {
        // Families stay together in their parents' order, whatever the cross links and attachments pull.
        for (int seed = 0; seed < 30; seed++)
        {
            LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(300, Seed: seed, CrossFraction: 0.2, Attachments: 8, Nasty: true));
            LayerGraph lg = Build(g);
            CrossingReduction.Run(lg, new LayoutOptions());
            AssertTreeEdgesDoNotCross(lg);
        }
    }

    /// <summary>In every rank, the tree parents (one rank up) of the nodes that have one appear in left-to-right order.</summary>
    private static void AssertTreeEdgesDoNotCross(LayerGraph lg)
    {
        for (int r = 1; r < lg.RankCount; r++)
        {
            int last = -1;
            foreach (int v in lg.Layers[r])
            {
                int p = lg.TreeParent[v];
                if (p < 0 || lg.Rank[p] != r - 1) continue;
                Assert.True(lg.Pos[p] >= last, $"rank {r}: node {v} (parent at {lg.Pos[p]}) is right of a node whose parent is at {last}");
                last = lg.Pos[p];
            }
        }
    }
}
