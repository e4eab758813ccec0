using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

/// <summary>Small hand-made graphs.</summary>
public static class TestGraphs
{
    public static LayoutNode Box(double w = 120, double h = 50) => new(w, h);

    public static LayoutGraph Make(int nodes, (int P, int C, bool Primary)[] edges, (int Node, int Edge)[]? attachments = null) =>
        new(Enumerable.Range(0, nodes).Select(i => Box(100 + 17 * (i % 5), 40 + 11 * (i % 4))).ToArray(),
            edges.Select(e => new LayoutEdge(e.P, e.C, e.Primary)).ToArray(),
            (attachments ?? []).Select(a => new LayoutAttachment(a.Node, a.Edge)).ToArray());

    /// <summary>0 -> 1, 2; 1 -> 3, 4; 2 -> 5.</summary>
    public static LayoutGraph SmallTree(params (int P, int C, bool Primary)[] extra) =>
        Make(6, [(0, 1, true), (0, 2, true), (1, 3, true), (1, 4, true), (2, 5, true), .. extra]);
}
