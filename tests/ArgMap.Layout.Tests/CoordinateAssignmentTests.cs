using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class CoordinateAssignmentTests
{
    private static LayerGraph Place(LayoutGraph g, double spacing = 24)
    {
        Ranking.Result r = Ranking.Compute(g);
        double[] w = g.Nodes.Select(n => n.Width).ToArray(), h = g.Nodes.Select(n => n.Height).ToArray();
        LayerGraph lg = VirtualNodes.Build(g, r, w, h);
        CrossingReduction.Run(lg, new LayoutOptions());
        CoordinateAssignment.Run(lg, spacing, 12, 64);
        return lg;
    }

    [Fact]
    public void NodesInARankKeepTheirOrderAndSpacing()
    {
        LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(500, Seed: 5, CrossFraction: 0.1));
        LayerGraph lg = Place(g);
        foreach (int[] layer in lg.Layers)
            for (int i = 1; i < layer.Length; i++)
            {
                int a = layer[i - 1], b = layer[i];
                double gap = (lg.X[b] - lg.Width[b] / 2) - (lg.X[a] + lg.Width[a] / 2);
                double need = lg.IsVirtual(a) || lg.IsVirtual(b) ? 12 - 1e-9 : 24 - 1e-9;
                Assert.True(gap >= need, $"gap {gap} between {a} and {b}");
            }
    }

    [Fact]
    public void CompleteBinaryTreeIsAboutAsWideAsItsLeaves()
    {
        var edges = new List<(int, int, bool)>();
        for (int i = 1; i < 63; i++) edges.Add(((i - 1) / 2, i, true));
        var g = new LayoutGraph(Enumerable.Repeat(new LayoutNode(100, 40), 63).ToArray(),
            edges.Select(e => new LayoutEdge(e.Item1, e.Item2, e.Item3)).ToArray(), []);
        LayerGraph lg = Place(g);
        double width = Enumerable.Range(0, 63).Max(v => lg.X[v] + 50) - Enumerable.Range(0, 63).Min(v => lg.X[v] - 50);
        Assert.True(width <= 32 * 100 + 31 * 24 + 1, $"width {width}");
        // Every parent is centred over its two children.
        for (int p = 0; p < 31; p++) Assert.Equal((lg.X[2 * p + 1] + lg.X[2 * p + 2]) / 2, lg.X[p], 6);
    }

    [Fact]
    public void RanksAreAsTallAsTheirTallestNodeAndNodesAreCentred()
    {
        LayoutGraph g = TestGraphs.Make(3, [(0, 1, true), (0, 2, true)]);
        LayerGraph lg = Place(g);
        double tallest = Math.Max(g.Nodes[1].Height, g.Nodes[2].Height);
        Assert.Equal(tallest, lg.RankHeight[1]);
        Assert.Equal(g.Nodes[0].Height + 64, lg.RankTop[1]);
        Assert.Equal(lg.Top(1) + lg.Height[1] / 2, lg.Top(2) + lg.Height[2] / 2, 9);
    }
}

public class ParentCentringTests
{
    private static IEnumerable<LayoutGraph> Trees()
    {
        // Random argument-shaped trees (no cross links: primary edges then never cross, so centring is always possible).
        for (int seed = 0; seed < 25; seed++)
            yield return GraphGenerator.Generate(new GraphGenerator.Spec(20 + 15 * seed, Seed: 300 + seed, CrossFraction: 0));
    }

    [Fact]
    public void ParentIsWithinTheSpanOfItsChildrensCentres()
    {
        foreach (LayoutGraph g in Trees())
        {
            LayoutResult r = LayeredLayout.Compute(g, new LayoutOptions());
            foreach (var family in g.Edges.Where(e => e.IsPrimary).GroupBy(e => e.Parent))
            {
                double lo = family.Min(e => r.Nodes[e.Child].Center.X), hi = family.Max(e => r.Nodes[e.Child].Center.X);
                double x = r.Nodes[family.Key].Center.X;
                Assert.True(x >= lo - 0.5 && x <= hi + 0.5, $"{g.Nodes.Count} nodes: parent {family.Key} at {x}, children span [{lo}, {hi}]");
            }
        }
    }

    [Fact]
    public void RootOfABalancedTreeIsCentredOverItsChildren()
    {
        foreach (int branching in new[] { 2, 3, 4 })
        {
            // Complete tree of depth 3 with unequal box widths.
            var nodes = new List<LayoutNode> { new(260, 80) };
            var edges = new List<LayoutEdge>();
            var frontier = new List<int> { 0 };
            for (int depth = 0; depth < 3; depth++)
            {
                var next = new List<int>();
                foreach (int p in frontier)
                    for (int k = 0; k < branching; k++)
                    {
                        nodes.Add(new LayoutNode(200 + 13 * (nodes.Count % 5), 60 + 9 * (nodes.Count % 7)));
                        edges.Add(new LayoutEdge(p, nodes.Count - 1, true));
                        next.Add(nodes.Count - 1);
                    }
                frontier = next;
            }
            var g = new LayoutGraph(nodes, edges, []);
            LayoutResult r = LayeredLayout.Compute(g, new LayoutOptions());
            double first = r.Nodes[1].Center.X, last = r.Nodes[branching].Center.X;
            Assert.True(Math.Abs(r.Nodes[0].Center.X - (first + last) / 2) < 3,
                $"branching {branching}: root at {r.Nodes[0].Center.X}, children {first}..{last}");
            Assert.Empty(LayoutInvariants.Check(g, new LayoutOptions(), r));
        }
    }

    [Fact]
    public void DrawingIsAboutAsNarrowAsItsWidestRank()
    {
        LayoutGraph g = GraphGenerator.Generate(new GraphGenerator.Spec(400, Seed: 11, CrossFraction: 0.07));
        LayoutResult r = LayeredLayout.Compute(g, new LayoutOptions());
        double widestRank = r.Nodes.GroupBy(b => Math.Round(b.Y + b.Height / 2))
            .Max(rank => rank.Sum(b => b.Width) + 24 * (rank.Count() - 1));
        Assert.True(r.Bounds.Width <= 1.25 * widestRank, $"width {r.Bounds.Width}, widest rank {widestRank}");
    }
}
