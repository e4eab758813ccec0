namespace ArgMap.Layout;

/// <summary>
/// Phase 4: x by Brandes–Köpf (type-1 conflicts, four vertical alignments, block compaction by longest
/// path over the block graph, balanced by the average median), respecting node widths; y by ranks
/// (each rank as tall as its tallest node, nodes centred on the rank's centre line).
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

    private static void AssignX(LayerGraph g, double nodeSpacing, double edgeSpacing)
    {
        int n = g.Count;
        var marked = new bool[g.EdgeCount];
        MarkType1Conflicts(g, marked);
        var layouts = new double[4][];
        var scratch = new PlaceScratch(n);
        for (int d = 0; d < 4; d++)
            layouts[d] = Place(g, down: d < 2, left: (d & 1) == 0, marked, nodeSpacing, edgeSpacing, scratch);

        // Align to the narrowest layout, then take the average of the two median candidates.
        var min = new double[4];
        var max = new double[4];
        int narrowest = 0;
        for (int d = 0; d < 4; d++)
        {
            double lo = double.MaxValue, hi = double.MinValue;
            for (int v = 0; v < n; v++)
            {
                lo = Math.Min(lo, layouts[d][v] - g.Width[v] / 2);
                hi = Math.Max(hi, layouts[d][v] + g.Width[v] / 2);
            }
            min[d] = lo; max[d] = hi;
            if (hi - lo < max[narrowest] - min[narrowest]) narrowest = d;
        }
        for (int d = 0; d < 4; d++)
        {
            double shift = (d & 1) == 0 ? min[narrowest] - min[d] : max[narrowest] - max[d];
            if (shift != 0) for (int v = 0; v < n; v++) layouts[d][v] += shift;
        }
        var x = new double[n];
        Span<double> c = stackalloc double[4];
        for (int v = 0; v < n; v++)
        {
            for (int d = 0; d < 4; d++) c[d] = layouts[d][v];
            c.Sort();
            x[v] = (c[1] + c[2]) / 2;
        }

        // Safety net against rounding: enforce separation left to right.
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

    /// <summary>Marks non-inner layer edges crossing an inner segment (between two virtual nodes).</summary>
    private static void MarkType1Conflicts(LayerGraph g, bool[] marked)
    {
        for (int r = 0; r + 1 < g.RankCount; r++)
        {
            int[] upper = g.Layers[r], lower = g.Layers[r + 1];
            int k0 = 0, l = 0;
            for (int l1 = 0; l1 < lower.Length; l1++)
            {
                int v = lower[l1];
                int innerUpper = -1;
                if (g.IsVirtual(v))
                {
                    for (int k = g.UpStart[v]; k < g.UpStart[v + 1]; k++)
                    {
                        int u = g.EdgeTop[g.UpEdge[k]];
                        if (g.IsVirtual(u)) { innerUpper = u; break; }
                    }
                }
                if (l1 != lower.Length - 1 && innerUpper < 0) continue;
                int k1 = innerUpper >= 0 ? g.Pos[innerUpper] : upper.Length - 1;
                for (; l <= l1; l++)
                {
                    int w = lower[l];
                    for (int k = g.UpStart[w]; k < g.UpStart[w + 1]; k++)
                    {
                        int e = g.UpEdge[k];
                        int p = g.Pos[g.EdgeTop[e]];
                        if (p < k0 || p > k1) marked[e] = true;
                    }
                }
                k0 = k1;
            }
        }
    }

    private sealed class PlaceScratch(int n)
    {
        public int[] Root = new int[n];
        public int[] Align = new int[n];
        public int[] Neighbours = new int[16];
        public int[] NeighbourEdges = new int[16];
        public int[] NeighbourPos = new int[16];
        public int[] InDegree = new int[n];
        public int[] OutStart = new int[n + 1];
        public int[] Out = new int[n];
        public double[] OutWeight = new double[n];
        public int[] Queue = new int[n];
        public double[] BlockX = new double[n];
    }

    /// <summary>One of the four Brandes–Köpf layouts, computed in a mirrored frame where it is down-left.</summary>
    private static double[] Place(LayerGraph g, bool down, bool left, bool[] marked,
        double nodeSpacing, double edgeSpacing, PlaceScratch s)
    {
        int n = g.Count;
        int[] root = s.Root, align = s.Align;
        for (int v = 0; v < n; v++) { root[v] = v; align[v] = v; }
        int[] pos = g.Pos;

        // Vertical alignment.
        for (int step = 1; step < g.RankCount; step++)
        {
            int[] layer = g.Layers[down ? step : g.RankCount - 1 - step];
            int m = layer.Length;
            int r = -1;
            for (int k = 0; k < m; k++)
            {
                int v = layer[left ? k : m - 1 - k];
                int start = down ? g.UpStart[v] : g.DownStart[v];
                int end = down ? g.UpStart[v + 1] : g.DownStart[v + 1];
                int d = end - start;
                if (d == 0) continue;
                if (s.Neighbours.Length < d)
                {
                    s.Neighbours = new int[d * 2]; s.NeighbourEdges = new int[d * 2]; s.NeighbourPos = new int[d * 2];
                }
                for (int i = 0; i < d; i++)
                {
                    int e = down ? g.UpEdge[start + i] : g.DownEdge[start + i];
                    int u = down ? g.EdgeTop[e] : g.EdgeBottom[e];
                    s.Neighbours[i] = u;
                    s.NeighbourEdges[i] = e;
                    s.NeighbourPos[i] = left ? pos[u] : g.Layers[g.Rank[u]].Length - 1 - pos[u];
                }
                if (d > 1) SortByPos(s.NeighbourPos, s.Neighbours, s.NeighbourEdges, d);
                int lo = (d - 1) / 2, hi = d / 2;
                for (int mi = lo; mi <= hi; mi++)
                {
                    if (align[v] != v) break;
                    int u = s.Neighbours[mi];
                    int pu = s.NeighbourPos[mi];
                    if (!marked[s.NeighbourEdges[mi]] && r < pu)
                    {
                        align[u] = v;
                        root[v] = root[u];
                        align[v] = root[v];
                        r = pu;
                    }
                }
            }
        }

        // Horizontal compaction: longest path over the block graph (left neighbour -> right neighbour).
        int[] indeg = s.InDegree, outStart = s.OutStart;
        Array.Clear(indeg, 0, n);
        Array.Clear(outStart, 0, n + 1);
        foreach (int[] layer in g.Layers)
        {
            int m = layer.Length;
            for (int k = 1; k < m; k++)
            {
                int a = layer[left ? k - 1 : m - k];
                outStart[root[a] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) outStart[v + 1] += outStart[v];
        var fill = s.Queue; // reused as fill counters before the queue is needed
        Array.Clear(fill, 0, n);
        foreach (int[] layer in g.Layers)
        {
            int m = layer.Length;
            for (int k = 1; k < m; k++)
            {
                int a = layer[left ? k - 1 : m - k];
                int b = layer[left ? k : m - 1 - k];
                int ra = root[a], rb = root[b];
                int slot = outStart[ra] + fill[ra]++;
                s.Out[slot] = rb;
                s.OutWeight[slot] = Separation(g, left ? a : b, left ? b : a, nodeSpacing, edgeSpacing);
                indeg[rb]++;
            }
        }
        double[] bx = s.BlockX;
        Array.Clear(bx, 0, n);
        int[] queue = s.Queue;
        int head = 0, tail = 0;
        for (int v = 0; v < n; v++) if (root[v] == v && indeg[v] == 0) queue[tail++] = v;
        while (head < tail)
        {
            int b = queue[head++];
            for (int k = outStart[b]; k < outStart[b + 1]; k++)
            {
                int c = s.Out[k];
                double x = bx[b] + s.OutWeight[k];
                if (x > bx[c]) bx[c] = x;
                if (--indeg[c] == 0) queue[tail++] = c;
            }
        }
        var result = new double[n];
        for (int v = 0; v < n; v++) result[v] = left ? bx[root[v]] : -bx[root[v]];
        return result;
    }

    private static void SortByPos(int[] keys, int[] a, int[] b, int d)
    {
        if (d > 16)
        {
            var index = new int[d];
            for (int i = 0; i < d; i++) index[i] = i;
            var k2 = new int[d];
            Array.Copy(keys, k2, d);
            Array.Sort(k2, index);
            var a2 = new int[d];
            var b2 = new int[d];
            for (int i = 0; i < d; i++) { a2[i] = a[index[i]]; b2[i] = b[index[i]]; }
            Array.Copy(k2, keys, d); Array.Copy(a2, a, d); Array.Copy(b2, b, d);
            return;
        }
        for (int i = 1; i < d; i++)
        {
            int k = keys[i], x = a[i], y = b[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > k) { keys[j + 1] = keys[j]; a[j + 1] = a[j]; b[j + 1] = b[j]; j--; }
            keys[j + 1] = k; a[j + 1] = x; b[j + 1] = y;
        }
    }
}
