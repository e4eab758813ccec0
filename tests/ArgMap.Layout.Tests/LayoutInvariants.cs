using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

/// <summary>Checks the rules every layout must satisfy and returns the violations found.</summary>
public static class LayoutInvariants
{
    public const double Tolerance = 1e-6;

    public static List<string> Check(LayoutGraph graph, LayoutOptions options, LayoutResult result)
    {
        var errors = new List<string>();
        int n = graph.Nodes.Count;
        if (result.Nodes.Count != n) { errors.Add($"node count {result.Nodes.Count} != {n}"); return errors; }
        if (result.Edges.Count != graph.Edges.Count) { errors.Add("edge count differs"); return errors; }
        if (result.Attachments.Count != graph.Attachments.Count) { errors.Add("attachment count differs"); return errors; }

        bool transposed = options.Direction is LayoutDirection.LeftRight or LayoutDirection.RightLeft;
        for (int v = 0; v < n; v++)
        {
            Rect r = result.Nodes[v];
            double w = Math.Max(0, graph.Nodes[v].Width), h = Math.Max(0, graph.Nodes[v].Height);
            if (Math.Abs(r.Width - w) > Tolerance || Math.Abs(r.Height - h) > Tolerance)
                errors.Add($"node {v} size {r.Width}x{r.Height} != {w}x{h} (transposed={transposed})");
        }

        var index = new BoxIndex(result.Nodes);
        for (int v = 0; v < n; v++)
            foreach (int u in index.Query(result.Nodes[v]))
                if (u > v && result.Nodes[u].Intersects(result.Nodes[v])) errors.Add($"boxes {v} and {u} overlap");

        var firstParent = new int[n];
        Array.Fill(firstParent, -1);
        foreach (LayoutEdge e in graph.Edges)
            if (e.IsPrimary && e.Parent != e.Child && firstParent[e.Child] < 0) firstParent[e.Child] = e.Parent;
        for (int c = 0; c < n; c++)
        {
            int p = firstParent[c];
            if (p < 0) continue;
            if (!IsAfter(result.Nodes[p], result.Nodes[c], options.Direction)) errors.Add($"primary child {c} not after parent {p}");
        }

        Rect b = result.Bounds;
        if (b.X != 0 || b.Y != 0) errors.Add($"bounds origin {b.X},{b.Y}");
        for (int v = 0; v < n; v++)
            if (!Inflate(b, Tolerance).Contains(result.Nodes[v])) errors.Add($"node {v} outside bounds");

        for (int e = 0; e < graph.Edges.Count; e++)
        {
            EdgeRoute route = result.Edges[e];
            LayoutEdge edge = graph.Edges[e];
            if (!result.Nodes[edge.Parent].IsOnBorder(route.Start, 1e-6)) errors.Add($"edge {e} does not start on parent {edge.Parent} border: {route.Start}");
            if (!result.Nodes[edge.Child].IsOnBorder(route.End, 1e-6)) errors.Add($"edge {e} does not end on child {edge.Child} border: {route.End}");
            CheckRoute($"edge {e}", route, result, index, errors);
        }
        for (int a = 0; a < graph.Attachments.Count; a++)
        {
            EdgeRoute route = result.Attachments[a];
            LayoutAttachment att = graph.Attachments[a];
            if (!result.Nodes[att.Node].IsOnBorder(route.Start, 1e-6)) errors.Add($"attachment {a} does not start on node {att.Node} border");
            Point mid = result.Edges[att.Edge].Midpoint();
            if (route.End.DistanceTo(mid) > 1e-6) errors.Add($"attachment {a} ends at {route.End}, attacked midpoint is {mid}");
            CheckRoute($"attachment {a}", route, result, index, errors);
        }
        return errors;
    }

    public static bool IsAfter(Rect parent, Rect child, LayoutDirection direction) => direction switch
    {
        LayoutDirection.TopDown => child.Y >= parent.Bottom - Tolerance,
        LayoutDirection.BottomUp => child.Bottom <= parent.Y + Tolerance,
        LayoutDirection.LeftRight => child.X >= parent.Right - Tolerance,
        _ => child.Right <= parent.X + Tolerance,
    };

    private static Rect Inflate(Rect r, double d) => new(r.X - d, r.Y - d, r.Width + 2 * d, r.Height + 2 * d);

    private static void CheckRoute(string name, EdgeRoute route, LayoutResult result, BoxIndex index, List<string> errors)
    {
        Rect bounds = Inflate(result.Bounds, Tolerance);
        foreach (Point p in route.ToPolyline(16))
        {
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y)) { errors.Add($"{name} has a non-finite point"); return; }
            if (!bounds.Contains(p)) { errors.Add($"{name} leaves bounds at {p}"); return; }
            foreach (int v in index.Query(new Rect(p.X, p.Y, 0, 0)))
                if (result.Nodes[v].ContainsStrictly(p, 0.5)) { errors.Add($"{name} passes through box {v} at {p}"); return; }
        }
    }

    /// <summary>Uniform grid over boxes.</summary>
    private sealed class BoxIndex
    {
        private readonly Dictionary<(int, int), List<int>> _cells = [];
        private const double Cell = 256;

        public BoxIndex(IReadOnlyList<Rect> boxes)
        {
            for (int i = 0; i < boxes.Count; i++)
                foreach ((int, int) c in Cells(boxes[i]))
                {
                    if (!_cells.TryGetValue(c, out var list)) _cells[c] = list = [];
                    list.Add(i);
                }
        }

        private static IEnumerable<(int, int)> Cells(Rect r)
        {
            for (int x = (int)Math.Floor(r.X / Cell); x <= (int)Math.Floor(r.Right / Cell); x++)
                for (int y = (int)Math.Floor(r.Y / Cell); y <= (int)Math.Floor(r.Bottom / Cell); y++)
                    yield return (x, y);
        }

        public IEnumerable<int> Query(Rect r)
        {
            var seen = new HashSet<int>();
            foreach ((int, int) c in Cells(r))
                if (_cells.TryGetValue(c, out var list))
                    foreach (int i in list)
                        if (seen.Add(i)) yield return i;
        }
    }
}
