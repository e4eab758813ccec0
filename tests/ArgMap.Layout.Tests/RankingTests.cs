using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class RankingTests
{
    [Fact]
    public void RankIsDepthInPrimaryForest()
    {
        Ranking.Result r = Ranking.Compute(TestGraphs.SmallTree());
        Assert.Equal([0, 1, 1, 2, 2, 2], r.Rank);
        Assert.Equal(3, r.RankCount);
    }

    [Fact]
    public void CrossLinksDoNotDragNodesDown()
    {
        // Cross links 5 -> 0 (upward), 3 -> 4 (same rank), 0 -> 5 (long), and a cycle 1 -> 2 -> 1.
        Ranking.Result r = Ranking.Compute(TestGraphs.SmallTree((5, 0, false), (3, 4, false), (0, 5, false), (1, 2, false), (2, 1, false)));
        Assert.Equal([0, 1, 1, 2, 2, 2], r.Rank);
    }

    [Fact]
    public void DisconnectedNodesAreRoots()
    {
        LayoutGraph g = TestGraphs.Make(4, [(0, 1, true)]);
        Ranking.Result r = Ranking.Compute(g);
        Assert.Equal([0, 1, 0, 0], r.Rank);
        Assert.Equal([0, 2, 3], r.Roots);
    }

    [Fact]
    public void AttachmentNodeIsLevelWithAttackedChildAndOrderedNextToIt()
    {
        // Node 6 undercuts edge 0 (0 -> 1); it has no primary parent.
        LayoutGraph g = TestGraphs.Make(7, [(0, 1, true), (0, 2, true), (1, 3, true), (1, 4, true), (2, 5, true)], [(6, 0)]);
        Ranking.Result r = Ranking.Compute(g);
        Assert.Equal(1, r.Rank[6]);
        var children = r.Children[r.ChildStart[0]..r.ChildStart[1]];
        Assert.Equal([1, 6, 2], children);
    }

    [Fact]
    public void AttachmentNodeWithPrimaryParentKeepsItsRank()
    {
        LayoutGraph g = TestGraphs.Make(6, [(0, 1, true), (0, 2, true), (1, 3, true), (1, 4, true), (2, 5, true)], [(5, 0)]);
        Assert.Equal(2, Ranking.Compute(g).Rank[5]);
    }

    [Fact]
    public void AttachmentCycleIsBroken()
    {
        // 1 undercuts edge 0 -> ... whose parent is 1's own descendant: 1 -> 2 is primary, attacked edge 2 -> 3 cross.
        LayoutGraph g = TestGraphs.Make(4, [(1, 2, true), (2, 3, false), (2, 1, false)], [(1, 1)]);
        Ranking.Result r = Ranking.Compute(g);
        Assert.All(r.Rank, x => Assert.InRange(x, 0, 3));
        Assert.True(r.Rank[2] == r.Rank[1] + 1);
    }

    [Fact]
    public void InvalidPrimaryCycleDoesNotHang()
    {
        LayoutGraph g = TestGraphs.Make(3, [(0, 1, true), (1, 2, true), (2, 0, true)]);
        Ranking.Result r = Ranking.Compute(g);
        Assert.Equal(3, r.RankCount);
        Assert.Single(r.Roots);
    }

    [Fact]
    public void DeepPathDoesNotOverflowTheStack()
    {
        int n = 50_000;
        var edges = Enumerable.Range(0, n - 1).Select(i => (i, i + 1, true)).ToArray();
        Ranking.Result r = Ranking.Compute(TestGraphs.Make(n, edges));
        Assert.Equal(n - 1, r.Rank[n - 1]);
    }
}
