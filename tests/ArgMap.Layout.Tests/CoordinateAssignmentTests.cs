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
