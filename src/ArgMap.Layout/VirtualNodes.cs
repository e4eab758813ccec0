namespace ArgMap.Layout;

/// <summary>
/// Phase 2: builds the proper layered graph. Edges spanning several ranks (primary or cross, upward ones
/// reversed) get one virtual node per crossed rank; attachments get virtual nodes up to the gap where
/// they meet the attacked edge. Same-rank links and self loops get no layer edges (routed through the
/// gap below their rank). The initial order is the DFS order of the ranking forest.
/// </summary>
internal static class VirtualNodes
{
    public static LayerGraph Build(LayoutGraph graph, Ranking.Result ranking, double[] width, double[] height)
    {
        int n = graph.Nodes.Count;
        int[] rank = ranking.Rank;
        var edges = graph.Edges;
        int m = edges.Count;

        // Count virtual nodes and layer edges.
        var kind = new LayerGraph.EdgeKind[m];
        var reversed = new bool[m];
        int virtualCount = 0, layerEdgeCount = 0;
        for (int e = 0; e < m; e++)
        {
            int p = edges[e].Parent, c = edges[e].Child;
            if (rank[p] == rank[c]) { kind[e] = LayerGraph.EdgeKind.SameRank; continue; }
            reversed[e] = rank[p] > rank[c];
            int span = Math.Abs(rank[p] - rank[c]);
            virtualCount += span - 1;
            layerEdgeCount += span;
        }
        int attachments = graph.Attachments.Count;
        var attachGap = new int[attachments];
        for (int a = 0; a < attachments; a++)
        {
            LayoutAttachment att = graph.Attachments[a];
            LayoutEdge target = edges[att.Edge];
            int rt = Math.Min(rank[target.Parent], rank[target.Child]);
            int rb = Math.Max(rank[target.Parent], rank[target.Child]);
            int gap = rb == rt ? rt : rt + (rb - rt - 1) / 2;
            attachGap[a] = gap;
            int ra = rank[att.Node];
            int count = ra <= gap ? gap - ra : ra - 1 - gap;
            virtualCount += count;
            layerEdgeCount += count;
        }
        for (int v = 0; v < n; v++) if (ranking.ViaAttachment[v]) layerEdgeCount++;

        int total = n + virtualCount;
        var nodeRank = new int[total];
        var w = new double[total];
        var h = new double[total];
        Array.Copy(rank, nodeRank, n);
        Array.Copy(width, w, n);
        Array.Copy(height, h, n);
        var edgeTop = new int[layerEdgeCount];
        var edgeBottom = new int[layerEdgeCount];
        int nextNode = n, nextEdge = 0;

        var chain = new int[m][];
        for (int e = 0; e < m; e++)
        {
            if (kind[e] != LayerGraph.EdgeKind.Down) { chain[e] = []; continue; }
            int top = reversed[e] ? edges[e].Child : edges[e].Parent;
            int bottom = reversed[e] ? edges[e].Parent : edges[e].Child;
            int span = rank[bottom] - rank[top];
            var c = new int[span + 1];
            c[0] = top;
            c[span] = bottom;
            for (int i = 1; i < span; i++) { c[i] = nextNode; nodeRank[nextNode] = rank[top] + i; nextNode++; }
            for (int i = 0; i < span; i++) { edgeTop[nextEdge] = c[i]; edgeBottom[nextEdge] = c[i + 1]; nextEdge++; }
            chain[e] = c;
        }
        var attachChain = new int[attachments][];
        for (int a = 0; a < attachments; a++)
        {
            int node = graph.Attachments[a].Node;
            int ra = rank[node], gap = attachGap[a];
            int count = ra <= gap ? gap - ra : ra - 1 - gap;
            var c = new int[count];
            int prev = node;
            for (int i = 0; i < count; i++)
            {
                int v = nextNode++;
                nodeRank[v] = ra <= gap ? ra + 1 + i : ra - 1 - i;
                c[i] = v;
                if (ra <= gap) { edgeTop[nextEdge] = prev; edgeBottom[nextEdge] = v; }
                else { edgeTop[nextEdge] = v; edgeBottom[nextEdge] = prev; }
                nextEdge++;
                prev = v;
            }
            attachChain[a] = c;
        }
        // Attachment-ranked nodes are pulled towards the attacked edge's parent by an unrouted layer edge.
        for (int v = 0; v < n; v++)
        {
            if (!ranking.ViaAttachment[v]) continue;
            edgeTop[nextEdge] = ranking.Parent[v];
            edgeBottom[nextEdge] = v;
            nextEdge++;
        }

        // CSR adjacency.
        var upStart = new int[total + 1];
        var downStart = new int[total + 1];
        for (int e = 0; e < layerEdgeCount; e++) { upStart[edgeBottom[e] + 1]++; downStart[edgeTop[e] + 1]++; }
        for (int v = 0; v < total; v++) { upStart[v + 1] += upStart[v]; downStart[v + 1] += downStart[v]; }
        var upEdge = new int[layerEdgeCount];
        var downEdge = new int[layerEdgeCount];
        var upFill = new int[total];
        var downFill = new int[total];
        for (int e = 0; e < layerEdgeCount; e++)
        {
            upEdge[upStart[edgeBottom[e]] + upFill[edgeBottom[e]]++] = e;
            downEdge[downStart[edgeTop[e]] + downFill[edgeTop[e]]++] = e;
        }

        int rankCount = ranking.RankCount;
        int[][] layers = InitialOrder(graph, ranking, nodeRank, total, rankCount, chain, kind, attachChain);
        var pos = new int[total];
        foreach (int[] layer in layers)
            for (int i = 0; i < layer.Length; i++) pos[layer[i]] = i;

        var treeParent = new int[total];
        Array.Fill(treeParent, -1);
        Array.Copy(ranking.Parent, treeParent, n);
        for (int e = 0; e < m; e++)
        {
            int[] c = chain[e];
            for (int i = 2; i + 1 < c.Length; i++) treeParent[c[i]] = c[i - 1];
        }
        for (int a = 0; a < attachments; a++)
        {
            int node = graph.Attachments[a].Node;
            if (rank[node] > attachGap[a]) continue; // upward chain: its nodes lie above their owner
            int[] c = attachChain[a];
            for (int i = 1; i < c.Length; i++) treeParent[c[i]] = c[i - 1];
        }

        return new LayerGraph
        {
            TreeParent = treeParent,
            RealCount = n, Count = total, RankCount = rankCount,
            Rank = nodeRank, Width = w, Height = h,
            EdgeCount = layerEdgeCount, EdgeTop = edgeTop, EdgeBottom = edgeBottom,
            UpStart = upStart, UpEdge = upEdge, DownStart = downStart, DownEdge = downEdge,
            Layers = layers, Pos = pos,
            Kind = kind, Reversed = reversed, Chain = chain,
            AttachGap = attachGap, AttachChain = attachChain,
        };
    }

    /// <summary>DFS preorder of the forest; a node's long-edge virtual nodes follow its subtree.</summary>
    private static int[][] InitialOrder(LayoutGraph graph, Ranking.Result ranking, int[] nodeRank, int total,
        int rankCount, int[][] chain, LayerGraph.EdgeKind[] kind, int[][] attachChain)
    {
        int n = graph.Nodes.Count;
        var edges = graph.Edges;
        // Owner of each chain: the top endpoint of an edge chain, the attachment node of an attachment chain.
        var ownStart = new int[n + 1];
        for (int e = 0; e < edges.Count; e++)
            if (kind[e] == LayerGraph.EdgeKind.Down && chain[e].Length > 2) ownStart[chain[e][0] + 1]++;
        for (int a = 0; a < attachChain.Length; a++)
            if (attachChain[a].Length > 0) ownStart[graph.Attachments[a].Node + 1]++;
        for (int v = 0; v < n; v++) ownStart[v + 1] += ownStart[v];
        var owned = new int[ownStart[n]]; // >= 0: edge index, < 0: ~attachment index
        var ownFill = new int[n];
        for (int e = 0; e < edges.Count; e++)
            if (kind[e] == LayerGraph.EdgeKind.Down && chain[e].Length > 2) owned[ownStart[chain[e][0]] + ownFill[chain[e][0]]++] = e;
        for (int a = 0; a < attachChain.Length; a++)
            if (attachChain[a].Length > 0) { int v = graph.Attachments[a].Node; owned[ownStart[v] + ownFill[v]++] = ~a; }

        var layerSize = new int[rankCount];
        for (int v = 0; v < total; v++) layerSize[nodeRank[v]]++;
        var layers = new int[rankCount][];
        for (int r = 0; r < rankCount; r++) layers[r] = new int[layerSize[r]];
        var fill = new int[rankCount];

        var stackNode = new int[n];
        var stackNext = new int[n];
        foreach (int root in ranking.Roots)
        {
            int top = 0;
            stackNode[0] = root;
            stackNext[0] = ranking.ChildStart[root];
            layers[nodeRank[root]][fill[nodeRank[root]]++] = root;
            top = 1;
            while (top > 0)
            {
                int v = stackNode[top - 1];
                int next = stackNext[top - 1];
                if (next < ranking.ChildStart[v + 1])
                {
                    stackNext[top - 1] = next + 1;
                    int c = ranking.Children[next];
                    layers[nodeRank[c]][fill[nodeRank[c]]++] = c;
                    stackNode[top] = c;
                    stackNext[top] = ranking.ChildStart[c];
                    top++;
                    continue;
                }
                top--;
                for (int k = ownStart[v]; k < ownStart[v + 1]; k++)
                {
                    int o = owned[k];
                    if (o >= 0)
                    {
                        int[] c = chain[o];
                        for (int i = 1; i < c.Length - 1; i++) layers[nodeRank[c[i]]][fill[nodeRank[c[i]]]++] = c[i];
                    }
                    else
                    {
                        int[] c = attachChain[~o];
                        // Place the chain nearest the gap first so it follows the subtree's order.
                        for (int i = 0; i < c.Length; i++) layers[nodeRank[c[i]]][fill[nodeRank[c[i]]]++] = c[i];
                    }
                }
            }
        }
        return layers;
    }
}
