namespace ArgMap.Layout;

/// <summary>An immutable axis-aligned rectangle given by its top-left corner and size.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    /// <summary>The x coordinate of the right side.</summary>
    public double Right => X + Width;

    /// <summary>The y coordinate of the bottom side.</summary>
    public double Bottom => Y + Height;

    /// <summary>The centre point.</summary>
    public Point Center => new(X + Width / 2, Y + Height / 2);

    /// <summary>True if <paramref name="p"/> lies inside or on the border.</summary>
    public bool Contains(Point p) => p.X >= X && p.X <= Right && p.Y >= Y && p.Y <= Bottom;

    /// <summary>True if <paramref name="p"/> lies strictly inside, at least <paramref name="margin"/> away from every side.</summary>
    public bool ContainsStrictly(Point p, double margin = 0) =>
        p.X > X + margin && p.X < Right - margin && p.Y > Y + margin && p.Y < Bottom - margin;

    /// <summary>True if <paramref name="other"/> lies entirely inside or on the border of this rectangle.</summary>
    public bool Contains(Rect other) =>
        other.X >= X && other.Right <= Right && other.Y >= Y && other.Bottom <= Bottom;

    /// <summary>True if the interiors overlap (touching borders do not count).</summary>
    public bool Intersects(Rect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>True if <paramref name="p"/> lies on the border, within <paramref name="tolerance"/>.</summary>
    public bool IsOnBorder(Point p, double tolerance = 1e-6)
    {
        bool inX = p.X >= X - tolerance && p.X <= Right + tolerance;
        bool inY = p.Y >= Y - tolerance && p.Y <= Bottom + tolerance;
        if (!inX || !inY) return false;
        return Math.Abs(p.X - X) <= tolerance || Math.Abs(p.X - Right) <= tolerance
            || Math.Abs(p.Y - Y) <= tolerance || Math.Abs(p.Y - Bottom) <= tolerance;
    }

    /// <summary>The smallest rectangle containing both rectangles.</summary>
    public Rect Union(Rect other)
    {
        double x = Math.Min(X, other.X), y = Math.Min(Y, other.Y);
        return new Rect(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}
