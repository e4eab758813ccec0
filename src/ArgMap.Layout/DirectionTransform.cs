namespace ArgMap.Layout;

/// <summary>
/// Phase 6: moves the top-down drawing to the origin and maps it to the requested direction
/// (BottomUp flips y; LeftRight transposes; RightLeft transposes and flips x). For the horizontal
/// directions the caller swapped node width and height before layout, so transposing restores them.
/// </summary>
internal static class DirectionTransform
{
    public static LayoutResult Apply(EdgeRouting.Result routed, LayoutDirection direction)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void Include(Point p)
        {
            if (p.X < minX) minX = p.X;
            if (p.Y < minY) minY = p.Y;
            if (p.X > maxX) maxX = p.X;
            if (p.Y > maxY) maxY = p.Y;
        }
        void IncludeRoute(EdgeRoute r)
        {
            Include(r.Start);
            foreach (CubicSegment s in r.Segments) { Include(s.Control1); Include(s.Control2); Include(s.End); }
        }
        foreach (Rect b in routed.Boxes) { Include(new Point(b.X, b.Y)); Include(new Point(b.Right, b.Bottom)); }
        foreach (EdgeRoute r in routed.Edges) IncludeRoute(r);
        foreach (EdgeRoute r in routed.Attachments) IncludeRoute(r);
        if (minX > maxX) return new LayoutResult([], [], [], new Rect(0, 0, 0, 0));

        double w = maxX - minX, h = maxY - minY;
        Point Map(Point p)
        {
            double x = p.X - minX, y = p.Y - minY;
            return direction switch
            {
                LayoutDirection.BottomUp => new Point(x, h - y),
                LayoutDirection.LeftRight => new Point(y, x),
                LayoutDirection.RightLeft => new Point(h - y, x),
                _ => new Point(x, y),
            };
        }
        Rect MapRect(Rect r)
        {
            double x = r.X - minX, y = r.Y - minY;
            return direction switch
            {
                LayoutDirection.BottomUp => new Rect(x, h - (y + r.Height), r.Width, r.Height),
                LayoutDirection.LeftRight => new Rect(y, x, r.Height, r.Width),
                LayoutDirection.RightLeft => new Rect(h - (y + r.Height), x, r.Height, r.Width),
                _ => new Rect(x, y, r.Width, r.Height),
            };
        }
        EdgeRoute MapRoute(EdgeRoute r)
        {
            var segs = new CubicSegment[r.Segments.Count];
            for (int i = 0; i < segs.Length; i++)
            {
                CubicSegment s = r.Segments[i];
                segs[i] = new CubicSegment(Map(s.Control1), Map(s.Control2), Map(s.End));
            }
            return new EdgeRoute(Map(r.Start), segs);
        }

        var boxes = new Rect[routed.Boxes.Length];
        for (int i = 0; i < boxes.Length; i++) boxes[i] = MapRect(routed.Boxes[i]);
        var edges = new EdgeRoute[routed.Edges.Length];
        for (int i = 0; i < edges.Length; i++) edges[i] = MapRoute(routed.Edges[i]);
        var attachments = new EdgeRoute[routed.Attachments.Length];
        for (int i = 0; i < attachments.Length; i++) attachments[i] = MapRoute(routed.Attachments[i]);
        bool transposed = direction is LayoutDirection.LeftRight or LayoutDirection.RightLeft;
        var bounds = transposed ? new Rect(0, 0, h, w) : new Rect(0, 0, w, h);
        return new LayoutResult(boxes, edges, attachments, bounds);
    }
}
