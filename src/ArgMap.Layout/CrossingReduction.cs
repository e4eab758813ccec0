namespace ArgMap.Layout;

/// <summary>
/// Phase 3: layer-by-layer barycenter sweeps (down and up) plus adjacent transpositions, keeping the best
/// order found (crossings counted with the Barth–Jünger–Mutzel accumulator tree). Deterministic: ties keep
/// the current relative order, which starts as the DFS order of the primary forest; small graphs also try a
/// mirrored start and starts with the top rank shuffled by a <see cref="LayoutOptions.Seed"/>-seeded generator.
/// Sweeps, transposition passes and restarts are capped by graph size.
/// </summary>
internal static class CrossingReduction
{
    private struct Item
    {
        public double Key;
        public int Tie;
        public int Node;
    }

    private sealed class ItemComparer : IComparer<Item>
    {
        public static readonly ItemComparer Instance = new();
        public int Compare(Item a, Item b)
        {
            int c = a.Key.CompareTo(b.Key);
            return c != 0 ? c : a.Tie.CompareTo(b.Tie);
        }
    }

    public static void Run(LayerGraph g, LayoutOptions options)
    {
        if (g.RankCount <= 1 || g.EdgeCount == 0) return;
        int maxSweeps = Math.Max(0, options.MaxCrossingSweeps);
        // Keep total work bounded: a few million node visits of sweeping for big graphs.
        long work = (long)g.Count + g.EdgeCount;
        int budget = (int)Math.Clamp(3_000_000 / Math.Max(1, work), 4, int.MaxValue);
        maxSweeps = Math.Min(maxSweeps, budget);
        int transposePasses = work > 200_000 ? 1 : work > 20_000 ? 2 : 6;
        int staleLimit = work > 20_000 ? 3 : 6;
        int restarts = work <= 4_000 ? 6 : work <= 30_000 ? 2 : 0;

        var scratch = new Scratch(g);
        long best = CountCrossings(g, scratch);
        if (best == 0) return;
        int[][] bestLayers = Snapshot(g.Layers);
        best = Improve(g, scratch, maxSweeps, transposePasses, staleLimit, best, bestLayers);

        // Seeded restarts: shuffle the order of the top rank's trees (or mirror every rank), sweep again,
        // keep the result only if strictly better. Repeatable for a given Seed.
        var rng = new Random(options.Seed);
        for (int restart = 0; restart < restarts && best > 0; restart++)
        {
            Restore(g.Layers, bestLayers, into: false);
            if (restart == 0) foreach (int[] layer in g.Layers) Array.Reverse(layer);
            else
            {
                int[] top = g.Layers[0];
                for (int i = top.Length - 1; i > 0; i--) { int j = rng.Next(i + 1); (top[i], top[j]) = (top[j], top[i]); }
            }
            UpdatePositions(g);
            if (restart != 0) Sweep(g, down: true, scratch);
            long start = CountCrossings(g, scratch);
            var candidate = Snapshot(g.Layers);
            long c = Improve(g, scratch, maxSweeps, transposePasses, staleLimit, start, candidate);
            // A restart must win clearly: small wins would make the drawing jump on small edits.
            if (c < best - 1 && c < best * 0.97)
            {
                best = c;
                bestLayers = Snapshot(candidate);
            }
        }
        Restore(g.Layers, bestLayers, into: false);
        UpdatePositions(g);
    }

    private static void UpdatePositions(LayerGraph g)
    {
        foreach (int[] layer in g.Layers)
            for (int i = 0; i < layer.Length; i++) g.Pos[layer[i]] = i;
    }

    /// <summary>Alternating sweeps from the current order; the best order ends up in <paramref name="bestLayers"/>.</summary>
    private static long Improve(LayerGraph g, Scratch scratch, int maxSweeps, int transposePasses, int staleLimit,
        long best, int[][] bestLayers)
    {
        int stale = 0;
        for (int iter = 0; iter < maxSweeps; iter++)
        {
            Sweep(g, down: (iter & 1) == 0, scratch);
            Transpose(g, transposePasses);
            long c = CountCrossings(g, scratch);
            if (c < best)
            {
                best = c;
                Restore(g.Layers, bestLayers, into: true);
                stale = 0;
                if (best == 0) break;
            }
            else if (++stale >= staleLimit) break;
        }
        return best;
    }

    private sealed class Scratch(LayerGraph g)
    {
        public Item[] Items = new Item[MaxLayer(g)];
        public bool[] Fixed = new bool[MaxLayer(g)];
        public int[] Tree = [];
        public int[] Sequence = new int[g.EdgeCount];
        public int[] Buffer = new int[16];

        private static int MaxLayer(LayerGraph g)
        {
            int max = 0;
            foreach (int[] l in g.Layers) max = Math.Max(max, l.Length);
            return max;
        }
    }

    private static int[][] Snapshot(int[][] layers)
    {
        var copy = new int[layers.Length][];
        for (int i = 0; i < layers.Length; i++) copy[i] = (int[])layers[i].Clone();
        return copy;
    }

    /// <summary>into = true: copy current into best; false: copy best back into current.</summary>
    private static void Restore(int[][] current, int[][] best, bool into)
    {
        for (int i = 0; i < current.Length; i++)
        {
            if (into) Array.Copy(current[i], best[i], current[i].Length);
            else Array.Copy(best[i], current[i], current[i].Length);
        }
    }

    private static void Sweep(LayerGraph g, bool down, Scratch s)
    {
        int ranks = g.RankCount;
        for (int step = 1; step < ranks; step++)
        {
            int r = down ? step : ranks - 1 - step;
            int[] layer = g.Layers[r];
            int count = 0;
            for (int i = 0; i < layer.Length; i++)
            {
                int v = layer[i];
                double sum = 0;
                int deg = 0;
                if (down)
                {
                    for (int k = g.UpStart[v]; k < g.UpStart[v + 1]; k++) { sum += g.Pos[g.EdgeTop[g.UpEdge[k]]]; deg++; }
                }
                else
                {
                    for (int k = g.DownStart[v]; k < g.DownStart[v + 1]; k++) { sum += g.Pos[g.EdgeBottom[g.DownEdge[k]]]; deg++; }
                }
                s.Fixed[i] = deg == 0;
                if (deg == 0) continue;
                // Ties keep the current order (siblings stay together).
                s.Items[count++] = new Item { Key = sum / deg, Tie = i, Node = v };
            }
            if (count == 0) continue;
            Array.Sort(s.Items, 0, count, ItemComparer.Instance);
            int j = 0;
            for (int i = 0; i < layer.Length; i++)
            {
                if (s.Fixed[i]) continue;
                layer[i] = s.Items[j++].Node;
            }
            for (int i = 0; i < layer.Length; i++) g.Pos[layer[i]] = i;
        }
    }

    /// <summary>Swaps adjacent nodes while that lowers the crossings of their incident edges.</summary>
    private static void Transpose(LayerGraph g, int maxPasses)
    {
        for (int pass = 0; pass < maxPasses; pass++)
        {
            bool improved = false;
            for (int r = 0; r < g.RankCount; r++)
            {
                int[] layer = g.Layers[r];
                for (int i = 0; i + 1 < layer.Length; i++)
                {
                    int v = layer[i], w = layer[i + 1];
                    PairCrossings(g, v, w, out long vw, out long wv);
                    if (wv < vw)
                    {
                        layer[i] = w; layer[i + 1] = v;
                        g.Pos[w] = i; g.Pos[v] = i + 1;
                        improved = true;
                    }
                }
            }
            if (!improved) break;
        }
    }

    /// <summary>Crossings between edges of v and edges of w with v left of w (vw) and with w left of v (wv).</summary>
    private static void PairCrossings(LayerGraph g, int v, int w, out long vw, out long wv)
    {
        vw = 0; wv = 0;
        int dv = g.UpStart[v + 1] - g.UpStart[v], dw = g.UpStart[w + 1] - g.UpStart[w];
        if ((long)dv * dw <= 4096)
        {
            for (int a = g.UpStart[v]; a < g.UpStart[v + 1]; a++)
            {
                int pa = g.Pos[g.EdgeTop[g.UpEdge[a]]];
                for (int b = g.UpStart[w]; b < g.UpStart[w + 1]; b++)
                {
                    int pb = g.Pos[g.EdgeTop[g.UpEdge[b]]];
                    if (pa > pb) vw++; else if (pa < pb) wv++;
                }
            }
        }
        else { vw = wv = 0; return; }
        dv = g.DownStart[v + 1] - g.DownStart[v]; dw = g.DownStart[w + 1] - g.DownStart[w];
        if ((long)dv * dw <= 4096)
        {
            for (int a = g.DownStart[v]; a < g.DownStart[v + 1]; a++)
            {
                int pa = g.Pos[g.EdgeBottom[g.DownEdge[a]]];
                for (int b = g.DownStart[w]; b < g.DownStart[w + 1]; b++)
                {
                    int pb = g.Pos[g.EdgeBottom[g.DownEdge[b]]];
                    if (pa > pb) vw++; else if (pa < pb) wv++;
                }
            }
        }
        else { vw = wv = 0; }
    }

    /// <summary>Total crossings of the layered drawing (straight edges between consecutive ranks).</summary>
    internal static long CountCrossings(LayerGraph g) => CountCrossings(g, new Scratch(g));

    private static long CountCrossings(LayerGraph g, Scratch s)
    {
        long total = 0;
        for (int r = 0; r + 1 < g.RankCount; r++)
        {
            int[] upper = g.Layers[r];
            int lowerSize = g.Layers[r + 1].Length;
            int len = 0;
            foreach (int u in upper)
            {
                int start = len;
                for (int k = g.DownStart[u]; k < g.DownStart[u + 1]; k++) s.Sequence[len++] = g.Pos[g.EdgeBottom[g.DownEdge[k]]];
                if (len - start > 1) Array.Sort(s.Sequence, start, len - start);
            }
            if (len < 2) continue;
            int firstIndex = 1;
            while (firstIndex < lowerSize) firstIndex <<= 1;
            int treeSize = 2 * firstIndex - 1;
            firstIndex--;
            if (s.Tree.Length < treeSize) s.Tree = new int[treeSize];
            Array.Clear(s.Tree, 0, treeSize);
            for (int k = 0; k < len; k++)
            {
                int index = s.Sequence[k] + firstIndex;
                s.Tree[index]++;
                while (index > 0)
                {
                    if ((index & 1) != 0) total += s.Tree[index + 1];
                    index = (index - 1) >> 1;
                    s.Tree[index]++;
                }
            }
        }
        return total;
    }
}
