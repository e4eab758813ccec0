namespace ArgMap.Layout;

/// <summary>
/// Phase 4: x by a layered tidy-tree placement over the layout forest (<see cref="LayerGraph.TreeParent"/>),
/// in the manner of Reingold–Tilford / Walker: each subtree is laid out on its own, its children's subtrees
/// placed left to right, each as far left as the ones before it allow, and its root centred over its first
/// and last child; then whole trees are placed left to right against what is already placed. Push conflicts
/// are resolved in one direction only, so an edit moves only what lies to its right and its ancestors.
/// Respects the order from crossing reduction and node widths; a final pass enforces spacing where the
/// order interleaves trees. y by ranks (each rank as tall as its tallest node, nodes centred on its centre line).
/// </summary>
internal static class CoordinateAssignment
{
    public static void Run(LayerGraph g, double nodeSpacing, double edgeSpacing, double rankSpacing)
    {
        AssignY(g, rankSpacing);
        AssignX(g, nodeSpacing, edgeSpacing);
    }

    private static void AssignY(LayerGraph g, double rankSpacing)
    {
        g.RankHeight = new double[g.RankCount];
        g.RankTop = new double[g.RankCount];
        for (int v = 0; v < g.Count; v++) g.RankHeight[g.Rank[v]] = Math.Max(g.RankHeight[g.Rank[v]], g.Height[v]);
        double y = 0;
        for (int r = 0; r < g.RankCount; r++) { g.RankTop[r] = y; y += g.RankHeight[r] + rankSpacing; }
    }

    /// <summary>Minimum distance between the centres of a (left) and b (right) in the same rank.</summary>
    private static double Separation(LayerGraph g, int a, int b, double nodeSpacing, double edgeSpacing)
    {
        bool va = g.IsVirtual(a), vb = g.IsVirtual(b);
        double gap = va && vb ? edgeSpacing : va || vb ? Math.Max(edgeSpacing, nodeSpacing / 2) : nodeSpacing;
        return (g.Width[a] + g.Width[b]) / 2 + gap;
    }

    /// <summary>The layout forest in the shape the placement walks: children in rank order, subtrees as pre-order ranges.</summary>
    private sealed class Forest
    {
        public required int[] ChildStart;
        public required int[] Children;
        /// <summary>Roots, rank by rank, left to right.</summary>
        public required int[] Roots;
        /// <summary>Nodes in pre-order; the subtree of v is Order[Pre[v]..End[v]).</summary>
        public required int[] Order;
        public required int[] Pre;
        public required int[] End;
        /// <summary>Sum over nodes of their depth plus one: the work of explicit subtree shifts.</summary>
        public long Work;
    }

    private static Forest BuildForest(LayerGraph g)
    {
        int n = g.Count;
        int[] parent = g.TreeParent.Length == n ? g.TreeParent : Enumerable.Repeat(-1, n).ToArray();
        var childStart = new int[n + 1];
        int rootCount = 0;
        for (int v = 0; v < n; v++)
            if (parent[v] >= 0) childStart[parent[v] + 1]++; else rootCount++;
        for (int v = 0; v < n; v++) childStart[v + 1] += childStart[v];
        var children = new int[childStart[n]];
        var fill = new int[n];
        var roots = new int[rootCount];
        int ri = 0;
        foreach (int[] layer in g.Layers) // rank by rank, left to right: children end up in rank order
            foreach (int v in layer)
            {
                int p = parent[v];
                if (p >= 0) children[childStart[p] + fill[p]++] = v; else roots[ri++] = v;
            }

        var order = new int[n];
        var pre = new int[n];
        var end = new int[n];
        var depth = new int[n];
        var stack = new int[n];
        var next = new int[n];
        int k = 0;
        long work = 0;
        foreach (int root in roots)
        {
            int top = 0;
            stack[top] = root; next[top] = childStart[root]; top++;
            pre[root] = k; order[k++] = root; depth[root] = 0;
            while (top > 0)
            {
                int v = stack[top - 1];
                if (next[top - 1] < childStart[v + 1])
                {
                    int c = children[next[top - 1]++];
                    pre[c] = k; order[k++] = c; depth[c] = depth[v] + 1;
                    stack[top] = c; next[top] = childStart[c]; top++;
                }
                else { end[v] = k; work += depth[v] + 1; top--; }
            }
        }
        return new Forest { ChildStart = childStart, Children = children, Roots = roots, Order = order, Pre = pre, End = end, Work = work };
    }

    private static void AssignX(LayerGraph g, double nodeSpacing, double edgeSpacing)
    {
        int n = g.Count;
        var x = new double[n];
        // offset[v]: sum of the separations along v's rank up to v; neighbours a, b need x[b] - x[a] >= offset[b] - offset[a].
        var offset = new double[n];
        foreach (int[] layer in g.Layers)
            for (int i = 1; i < layer.Length; i++)
                offset[layer[i]] = offset[layer[i - 1]] + Separation(g, layer[i - 1], layer[i], nodeSpacing, edgeSpacing);

        Forest f = BuildForest(g);
        // Explicit subtree shifts cost the sum of depths: fine for argument maps, not for very deep chains.
        if (f.Work <= 64L * n + 1_000_000) PlaceTidy(g, f, x, offset);
        else PlaceGreedy(g, f, x, offset);

        // Enforce separation left to right: a no-op unless the order interleaves subtrees (or for rounding).
        foreach (int[] layer in g.Layers)
            for (int i = 1; i < layer.Length; i++)
            {
                double need = x[layer[i - 1]] + Separation(g, layer[i - 1], layer[i], nodeSpacing, edgeSpacing);
                if (x[layer[i]] < need) x[layer[i]] = need;
            }

        double left = double.MaxValue;
        for (int v = 0; v < n; v++) left = Math.Min(left, x[v] - g.Width[v] / 2);
        if (n > 0) for (int v = 0; v < n; v++) x[v] -= left;
        g.X = x;
    }

    /// <summary>
    /// Tidy placement. Bottom-up (reverse pre-order within each tree), each node's child subtrees are shifted
    /// rigidly so that each clears its left siblings' subtrees in every rank, and the node is centred over its
    /// first and last child. Each finished tree is then shifted rigidly as far left as the trees placed before
    /// it allow (or, touching none on its left, just left of those on its right). Only rank neighbours
    /// constrain each other here: where crossing reduction interleaved trees, the final pass in AssignX
    /// restores the spacing (reserving room across interleaved stretches instead made drawings explode in width).
    /// </summary>
    private static void PlaceTidy(LayerGraph g, Forest f, double[] x, double[] offset)
    {
        int[] order = f.Order, pre = f.Pre, end = f.End;
        var placed = new bool[g.Count];
        foreach (int root in f.Roots)
        {
            for (int i = end[root] - 1; i >= pre[root]; i--)
            {
                int v = order[i];
                int a = f.ChildStart[v], b = f.ChildStart[v + 1];
                if (a == b) { x[v] = 0; continue; }
                for (int k = a + 1; k < b; k++)
                {
                    int prev = f.Children[k - 1], c = f.Children[k];
                    // Siblings' subtrees already arranged: pre-order range [pre[first child], pre[c]).
                    int lo = pre[f.Children[a]], hi = pre[c];
                    double delta = g.Pos[c] == g.Pos[prev] + 1 ? x[prev] + offset[c] - offset[prev] - x[c] : double.NegativeInfinity;
                    for (int j = pre[c]; j < end[c]; j++)
                    {
                        // Left contour: nodes whose left neighbour lies in an earlier sibling's subtree.
                        int u = order[j];
                        if (g.Pos[u] == 0) continue;
                        int w = g.Layers[g.Rank[u]][g.Pos[u] - 1];
                        if (pre[w] >= lo && pre[w] < hi) delta = Math.Max(delta, x[w] + offset[u] - offset[w] - x[u]);
                    }
                    if (delta == double.NegativeInfinity) continue;
                    for (int j = pre[c]; j < end[c]; j++) x[order[j]] += delta;
                }
                x[v] = (x[f.Children[a]] + x[f.Children[b - 1]]) / 2;
            }

            // Place the tree against the placed ones.
            int s = pre[root], e = end[root];
            double shift = double.NegativeInfinity, rightShift = double.PositiveInfinity;
            for (int j = s; j < e; j++)
            {
                int u = order[j], i = g.Pos[u];
                int[] layer = g.Layers[g.Rank[u]];
                if (i > 0 && placed[layer[i - 1]])
                    shift = Math.Max(shift, x[layer[i - 1]] + offset[u] - offset[layer[i - 1]] - x[u]);
                if (i + 1 < layer.Length && placed[layer[i + 1]])
                    rightShift = Math.Min(rightShift, x[layer[i + 1]] - offset[layer[i + 1]] + offset[u] - x[u]);
            }
            if (shift == double.NegativeInfinity) shift = rightShift == double.PositiveInfinity ? 0 : rightShift;
            for (int j = s; j < e; j++) { int u = order[j]; x[u] += shift; placed[u] = true; }
        }
    }

    /// <summary>
    /// Linear fallback for very deep forests: bottom-up, rank by rank, each node centred over its first and last
    /// child or, without children, packed against its left neighbour; pushed right where it would overlap.
    /// </summary>
    private static void PlaceGreedy(LayerGraph g, Forest f, double[] x, double[] offset)
    {
        for (int r = g.RankCount - 1; r >= 0; r--)
        {
            int[] layer = g.Layers[r];
            for (int i = 0; i < layer.Length; i++)
            {
                int v = layer[i], a = f.ChildStart[v], b = f.ChildStart[v + 1];
                double min = i == 0 ? double.NegativeInfinity : x[layer[i - 1]] + offset[v] - offset[layer[i - 1]];
                double want = a < b ? (x[f.Children[a]] + x[f.Children[b - 1]]) / 2 : i == 0 ? 0 : min;
                x[v] = Math.Max(want, min);
            }
        }
    }
}
