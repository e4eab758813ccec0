namespace ArgMap.Layout;

/// <summary>Small cubic Bézier helpers used by the router.</summary>
internal static class Bezier
{
    public static CubicSegment Line(Point a, Point b) =>
        new(new Point(a.X + (b.X - a.X) / 3, a.Y + (b.Y - a.Y) / 3),
            new Point(a.X + 2 * (b.X - a.X) / 3, a.Y + 2 * (b.Y - a.Y) / 3), b);

    /// <summary>An S-curve with vertical tangents at both ends; its y stays between a.Y and b.Y.</summary>
    public static CubicSegment Gap(Point a, Point b)
    {
        double mid = (a.Y + b.Y) / 2;
        return new CubicSegment(new Point(a.X, mid), new Point(b.X, mid), b);
    }

    private static Point Lerp(Point a, Point b, double t) => new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);

    /// <summary>Splits the cubic (start, seg) at t into a left and a right part.</summary>
    public static void Split(Point start, CubicSegment seg, double t, out CubicSegment leftPart, out CubicSegment rightPart)
    {
        Point p01 = Lerp(start, seg.Control1, t), p12 = Lerp(seg.Control1, seg.Control2, t), p23 = Lerp(seg.Control2, seg.End, t);
        Point p012 = Lerp(p01, p12, t), p123 = Lerp(p12, p23, t);
        Point mid = Lerp(p012, p123, t);
        leftPart = new CubicSegment(p01, p012, mid);
        rightPart = new CubicSegment(p123, p23, seg.End);
    }

    /// <summary>The part of the cubic (start, seg) between parameters t0 &lt;= t1.</summary>
    public static CubicSegment Portion(Point start, CubicSegment seg, double t0, double t1)
    {
        CubicSegment right = seg;
        Point rightStart = start;
        if (t0 > 0)
        {
            Split(start, seg, t0, out CubicSegment l, out right);
            rightStart = l.End;
        }
        if (t1 >= 1) return right;
        double local = t0 >= 1 ? 0 : (t1 - t0) / (1 - t0);
        Split(rightStart, right, local, out CubicSegment left, out _);
        return left;
    }

    /// <summary>Segments of <paramref name="route"/> from (s0, t0) to (s1, t1), in that direction.</summary>
    public static List<CubicSegment> SubPath(EdgeRoute route, int s0, double t0, int s1, double t1)
    {
        bool forward = s0 < s1 || (s0 == s1 && t0 <= t1);
        if (!forward) (s0, t0, s1, t1) = (s1, t1, s0, t0);
        var segs = new List<CubicSegment>();
        if (s0 == s1)
        {
            if (t1 > t0) segs.Add(Portion(route.SegmentStart(s0), route.Segments[s0], t0, t1));
        }
        else
        {
            if (t0 < 1) segs.Add(Portion(route.SegmentStart(s0), route.Segments[s0], t0, 1));
            for (int s = s0 + 1; s < s1; s++) segs.Add(route.Segments[s]);
            if (t1 > 0) segs.Add(Portion(route.SegmentStart(s1), route.Segments[s1], 0, t1));
        }
        if (forward || segs.Count == 0) return segs;
        Point start = route.PointAt(s0, t0);
        var reversed = new EdgeRoute(start, segs).Reverse();
        return [.. reversed.Segments];
    }
}
