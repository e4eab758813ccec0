namespace ArgMap.Layout;

/// <summary>
/// Phase 5: routes as cubic splines through the virtual nodes. Inside a rank a route runs straight and
/// vertical (in its own box column or virtual slot); between ranks it is an S-curve with vertical control
/// points, which stays inside the inter-rank gap. Same-rank links and self loops dip into the gap below
/// their rank. Ports are spread along the box sides in the order of the routes' next points.
/// </summary>
internal static class EdgeRouting
{
    internal sealed class Result
    {
        public required Rect[] Boxes;
        public required EdgeRoute[] Edges;
        public required EdgeRoute[] Attachments;
    }

    private const byte Bottom = 0, TopSide = 1;

    public static Result Route(LayerGraph g, LayoutGraph graph, double rankSpacing)
    {
        int n = g.RealCount;
        var boxes = new Rect[n];
        for (int v = 0; v < n; v++) boxes[v] = new Rect(g.X[v] - g.Width[v] / 2, g.Top(v), g.Width[v], g.Height[v]);

        int m = graph.Edges.Count, attachments = graph.Attachments.Count;
        double[] port = AllocatePorts(g, graph);

        var edgeRoutes = new EdgeRoute[m];
        var gapTarget = new int[m];
        Array.Fill(gapTarget, -1);
        for (int a = 0; a < attachments; a++) gapTarget[graph.Attachments[a].Edge] = g.AttachGap[a];
        var gapSegment = new int[m];
        var builder = new PathBuilder();
        double dip = rankSpacing * 0.6;

        for (int e = 0; e < m; e++)
        {
            LayoutEdge edge = graph.Edges[e];
            if (g.Kind[e] == LayerGraph.EdgeKind.SameRank)
            {
                int u = edge.Parent, v = edge.Child, r = g.Rank[u];
                double rb = g.RankBottom(r);
                builder.Reset(new Point(port[2 * e], g.Bottom(u)));
                builder.LineTo(new Point(port[2 * e], rb));
                gapSegment[e] = builder.Count;
                Point end = new(port[2 * e + 1], rb);
                builder.Add(new CubicSegment(new Point(port[2 * e], rb + dip), new Point(end.X, rb + dip), end));
                builder.LineTo(new Point(end.X, g.Bottom(v)));
                edgeRoutes[e] = builder.Build();
                continue;
            }
            int[] c = g.Chain[e];
            int k = c.Length - 1, r0 = g.Rank[c[0]];
            double topPort = port[g.Reversed[e] ? 2 * e + 1 : 2 * e], bottomPort = port[g.Reversed[e] ? 2 * e : 2 * e + 1];
            builder.Reset(new Point(topPort, g.Bottom(c[0])));
            builder.LineTo(new Point(topPort, g.RankBottom(r0)));
            int gapSeg = -1;
            for (int j = 1; j <= k; j++)
            {
                double x = j < k ? g.X[c[j]] : bottomPort;
                if (r0 + j - 1 == gapTarget[e]) gapSeg = builder.Count;
                builder.GapTo(new Point(x, g.RankTop[r0 + j]));
                if (j < k) builder.LineTo(new Point(x, g.RankBottom(r0 + j)));
            }
            builder.LineTo(new Point(bottomPort, g.Top(c[k])));
            EdgeRoute route = builder.Build();
            if (g.Reversed[e])
            {
                if (gapSeg >= 0) gapSeg = route.Segments.Count - 1 - gapSeg;
                route = route.Reverse();
            }
            gapSegment[e] = gapSeg;
            edgeRoutes[e] = route;
        }

        var attachmentRoutes = new EdgeRoute[attachments];
        for (int a = 0; a < attachments; a++)
        {
            LayoutAttachment att = graph.Attachments[a];
            EdgeRoute target = edgeRoutes[att.Edge];
            int sG = gapSegment[att.Edge];
            target.LocateMidpoint(out int sM, out double tM);
            Point mid = target.PointAt(sM, tM);
            bool direct = sM == sG && tM > 0 && tM < 1;
            Point p = direct ? mid : target.PointAt(sG, 0.5);

            int node = att.Node, ra = g.Rank[node], gap = g.AttachGap[a];
            double px = port[2 * m + a];
            int[] chain = g.AttachChain[a];
            if (ra <= gap)
            {
                builder.Reset(new Point(px, g.Bottom(node)));
                builder.LineTo(new Point(px, g.RankBottom(ra)));
                foreach (int v in chain)
                {
                    builder.GapTo(new Point(g.X[v], g.RankTop[g.Rank[v]]));
                    builder.LineTo(new Point(g.X[v], g.RankBottom(g.Rank[v])));
                }
            }
            else
            {
                builder.Reset(new Point(px, g.Top(node)));
                builder.LineTo(new Point(px, g.RankTop[ra]));
                foreach (int v in chain)
                {
                    builder.GapTo(new Point(g.X[v], g.RankBottom(g.Rank[v])));
                    builder.LineTo(new Point(g.X[v], g.RankTop[g.Rank[v]]));
                }
            }
            builder.GapTo(p);
            if (!direct)
            {
                List<CubicSegment> tail = Bezier.SubPath(target, sG, 0.5, sM, tM);
                foreach (CubicSegment s in tail) builder.Add(s);
            }
            builder.SnapEnd(mid);
            attachmentRoutes[a] = builder.Build();
        }

        return new Result { Boxes = boxes, Edges = edgeRoutes, Attachments = attachmentRoutes };
    }

    /// <summary>
    /// Port x for every route end on a box: 2e (edge start side), 2e + 1 (edge end side), 2m + a (attachment).
    /// Ends on the same box side are spread evenly, ordered by the x of the route's next point.
    /// </summary>
    private static double[] AllocatePorts(LayerGraph g, LayoutGraph graph)
    {
        int n = g.RealCount, m = graph.Edges.Count, attachments = graph.Attachments.Count;
        int requests = 2 * m + attachments;
        var node = new int[requests];
        var side = new byte[requests];
        var key = new double[requests];
        for (int e = 0; e < m; e++)
        {
            LayoutEdge edge = graph.Edges[e];
            if (g.Kind[e] == LayerGraph.EdgeKind.SameRank)
            {
                node[2 * e] = edge.Parent; side[2 * e] = Bottom; key[2 * e] = g.X[edge.Child];
                node[2 * e + 1] = edge.Child; side[2 * e + 1] = Bottom; key[2 * e + 1] = g.X[edge.Parent];
                continue;
            }
            int[] c = g.Chain[e];
            int k = c.Length - 1;
            // Request 2e belongs to the Parent end, 2e + 1 to the Child end, whatever the layout direction.
            int topReq = g.Reversed[e] ? 2 * e + 1 : 2 * e, bottomReq = g.Reversed[e] ? 2 * e : 2 * e + 1;
            node[topReq] = c[0]; side[topReq] = Bottom; key[topReq] = g.X[c[1]];
            node[bottomReq] = c[k]; side[bottomReq] = TopSide; key[bottomReq] = g.X[c[k - 1]];
        }
        for (int a = 0; a < attachments; a++)
        {
            LayoutAttachment att = graph.Attachments[a];
            int r = 2 * m + a;
            node[r] = att.Node;
            int gap = g.AttachGap[a];
            side[r] = g.Rank[att.Node] <= gap ? Bottom : TopSide;
            int[] chain = g.AttachChain[a];
            if (chain.Length > 0) key[r] = g.X[chain[0]];
            else
            {
                LayoutEdge target = graph.Edges[att.Edge];
                key[r] = (g.X[target.Parent] + g.X[target.Child]) / 2;
            }
        }

        // Bucket by (node, side), then sort each bucket by (key, request id).
        var start = new int[2 * n + 1];
        for (int r = 0; r < requests; r++) start[2 * node[r] + side[r] + 1]++;
        for (int b = 0; b < 2 * n; b++) start[b + 1] += start[b];
        var fill = new int[2 * n];
        var order = new int[requests];
        for (int r = 0; r < requests; r++) { int b = 2 * node[r] + side[r]; order[start[b] + fill[b]++] = r; }
        var port = new double[requests];
        var bucketKeys = new double[16];
        var bucketIds = new int[16];
        for (int b = 0; b < 2 * n; b++)
        {
            int s = start[b], len = start[b + 1] - s;
            if (len == 0) continue;
            int v = b >> 1;
            double cx = g.X[v];
            if (len == 1) { port[order[s]] = cx; continue; }
            if (bucketKeys.Length < len) { bucketKeys = new double[len]; bucketIds = new int[len]; }
            for (int i = 0; i < len; i++) { bucketIds[i] = order[s + i]; bucketKeys[i] = key[order[s + i]]; }
            SortBucket(bucketKeys, bucketIds, len);
            double span = Math.Min(g.Width[v] * 0.6, (len - 1) * 20.0);
            for (int i = 0; i < len; i++) port[bucketIds[i]] = cx - span / 2 + span * i / (len - 1);
        }
        return port;
    }

    private static void SortBucket(double[] keys, int[] ids, int len)
    {
        // Ids within a bucket are ascending, so sorting by (key, id) is a stable sort by key.
        var items = new (double Key, int Id)[len];
        for (int i = 0; i < len; i++) items[i] = (keys[i], ids[i]);
        Array.Sort(items, (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Id.CompareTo(y.Id));
        for (int i = 0; i < len; i++) { keys[i] = items[i].Key; ids[i] = items[i].Id; }
    }

    private sealed class PathBuilder
    {
        private Point _start;
        private Point _current;
        private readonly List<CubicSegment> _segments = [];

        public int Count => _segments.Count;

        public void Reset(Point start) { _start = start; _current = start; _segments.Clear(); }

        public void LineTo(Point p)
        {
            if (p == _current) return;
            _segments.Add(Bezier.Line(_current, p));
            _current = p;
        }

        public void GapTo(Point p) { _segments.Add(Bezier.Gap(_current, p)); _current = p; }

        public void Add(CubicSegment s) { _segments.Add(s); _current = s.End; }

        /// <summary>Makes the route end exactly at <paramref name="p"/> (removing rounding drift).</summary>
        public void SnapEnd(Point p)
        {
            if (_segments.Count == 0) { _segments.Add(Bezier.Line(_current, p)); _current = p; return; }
            CubicSegment last = _segments[^1];
            _segments[^1] = last with { End = p };
            _current = p;
        }

        public EdgeRoute Build() => new(_start, _segments.ToArray());
    }
}
