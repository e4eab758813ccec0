namespace ArgMap.Layout;

/// <summary>One cubic Bézier piece of an <see cref="EdgeRoute"/>; it starts where the previous piece ended.</summary>
/// <param name="Control1">First control point.</param>
/// <param name="Control2">Second control point.</param>
/// <param name="End">End point.</param>
public sealed record CubicSegment(Point Control1, Point Control2, Point End)
{
    /// <summary>The point at parameter <paramref name="t"/> (0..1) of the curve starting at <paramref name="start"/>.</summary>
    public Point Evaluate(Point start, double t)
    {
        double u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        return new Point(
            a * start.X + b * Control1.X + c * Control2.X + d * End.X,
            a * start.Y + b * Control1.Y + c * Control2.Y + d * End.Y);
    }
}
