namespace ArgMap.Layout;

/// <summary>
/// Phase 1: ranks from the primary forest only (rank = depth). A node without a primary parent that
/// attacks an edge is ranked as an extra child of that edge's parent. Cross links never move ranks.
/// </summary>
internal static class Ranking
{
    internal sealed class Result
    {
        public required int[] Rank;
        /// <summary>Parent in the effective forest (primary or attachment-derived), -1 for roots.</summary>
        public required int[] Parent;
        /// <summary>True when <see cref="Parent"/> comes from an attachment, not a primary edge.</summary>
        public required bool[] ViaAttachment;
        /// <summary>Children in the effective forest, CSR by parent, in drawing order.</summary>
        public required int[] ChildStart;
        public required int[] Children;
        /// <summary>Roots of the effective forest, in index order.</summary>
        public required int[] Roots;
        public int RankCount;
    }

    public static Result Compute(LayoutGraph graph)
    {
        int n = graph.Nodes.Count;
        var edges = graph.Edges;
        var parent = new int[n];
        var parentEdge = new int[n];
        Array.Fill(parent, -1);
        for (int e = 0; e < edges.Count; e++)
        {
            LayoutEdge edge = edges[e];
            if (edge.IsPrimary && edge.Parent != edge.Child && parent[edge.Child] < 0)
            {
                parent[edge.Child] = edge.Parent;
                parentEdge[edge.Child] = e;
            }
        }

        var viaAttachment = new bool[n];
        var after = new int[n]; // attachment-ranked node: the attacked edge's child, to be ordered next to
        var attachIndex = new int[n];
        for (int a = 0; a < graph.Attachments.Count; a++)
        {
            LayoutAttachment att = graph.Attachments[a];
            int v = att.Node;
            if (parent[v] >= 0) continue;
            LayoutEdge attacked = edges[att.Edge];
            if (attacked.Parent == v) continue;
            parent[v] = attacked.Parent;
            viaAttachment[v] = true;
            after[v] = attacked.Child;
            attachIndex[v] = a;
        }

        BreakCycles(parent, viaAttachment);

        // Depth by walking up to a known depth (iterative; the forest may be a 100k-long path).
        var rank = new int[n];
        Array.Fill(rank, -1);
        var stack = new int[n];
        int rankCount = n == 0 ? 0 : 1;
        for (int s = 0; s < n; s++)
        {
            if (rank[s] >= 0) continue;
            int top = 0, v = s;
            while (v >= 0 && rank[v] < 0) { stack[top++] = v; v = parent[v]; }
            int d = v < 0 ? -1 : rank[v];
            while (top > 0) { int u = stack[--top]; rank[u] = ++d; }
            if (d + 1 > rankCount) rankCount = d + 1;
        }

        // Children, CSR, ordered: primary children by edge index, an attachment child right after the
        // attacked child when that is a sibling, otherwise at the end.
        int attachCount = graph.Attachments.Count;
        long stride = attachCount + 1L;
        var childStart = new int[n + 1];
        int rootCount = 0;
        for (int v = 0; v < n; v++)
        {
            if (parent[v] >= 0) childStart[parent[v] + 1]++;
            else rootCount++;
        }
        for (int v = 0; v < n; v++) childStart[v + 1] += childStart[v];
        var children = new int[n - rootCount];
        var keys = new long[n - rootCount];
        var fill = new int[n];
        var roots = new int[rootCount];
        int ri = 0;
        long tail = 2L * edges.Count + 2;
        for (int v = 0; v < n; v++)
        {
            int p = parent[v];
            if (p < 0) { roots[ri++] = v; continue; }
            int slot = childStart[p] + fill[p]++;
            children[slot] = v;
            long key;
            if (!viaAttachment[v]) key = 2L * parentEdge[v] * stride;
            else
            {
                int sib = after[v];
                key = sib >= 0 && sib < n && parent[sib] == p && !viaAttachment[sib]
                    ? (2L * parentEdge[sib] + 1) * stride + attachIndex[v]
                    : tail * stride + attachIndex[v];
            }
            keys[slot] = key;
        }
        for (int p = 0; p < n; p++)
        {
            int len = childStart[p + 1] - childStart[p];
            if (len > 1) Array.Sort(keys, children, childStart[p], len);
        }

        return new Result
        {
            Rank = rank, Parent = parent, ViaAttachment = viaAttachment,
            ChildStart = childStart, Children = children, Roots = roots, RankCount = rankCount,
        };
    }

    /// <summary>Each node has at most one parent, so cycles are simple loops; cut each one deterministically.</summary>
    private static void BreakCycles(int[] parent, bool[] viaAttachment)
    {
        int n = parent.Length;
        var state = new byte[n]; // 0 new, 1 on current walk, 2 done
        var path = new List<int>();
        for (int s = 0; s < n; s++)
        {
            if (state[s] != 0) continue;
            path.Clear();
            int v = s;
            while (v >= 0 && state[v] == 0) { state[v] = 1; path.Add(v); v = parent[v]; }
            if (v >= 0 && state[v] == 1)
            {
                int start = path.IndexOf(v);
                int cut = -1;
                for (int i = start; i < path.Count; i++)
                {
                    int u = path[i];
                    if (viaAttachment[u] && (cut < 0 || u < cut)) cut = u;
                }
                if (cut < 0)
                {
                    for (int i = start; i < path.Count; i++)
                        if (cut < 0 || path[i] < cut) cut = path[i];
                }
                parent[cut] = -1;
                viaAttachment[cut] = false;
            }
            foreach (int u in path) state[u] = 2;
        }
    }
}
