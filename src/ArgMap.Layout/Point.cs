namespace ArgMap.Layout;

/// <summary>An immutable 2-D point (y grows downwards, as in SVG).</summary>
public readonly record struct Point(double X, double Y)
{
    /// <summary>Euclidean distance to <paramref name="other"/>.</summary>
    public double DistanceTo(Point other)
    {
        double dx = other.X - X, dy = other.Y - Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
