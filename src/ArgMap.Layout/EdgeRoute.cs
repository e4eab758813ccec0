using System.Globalization;
using System.Text;

namespace ArgMap.Layout;

/// <summary>
/// A route drawn as the SVG path <c>M start C c1 c2 end C ...</c>: a chain of cubic Bézier segments
/// that starts at <see cref="Start"/>.
/// </summary>
/// <param name="Start">First point of the route.</param>
/// <param name="Segments">The cubic pieces, in drawing order.</param>
public sealed record EdgeRoute(Point Start, IReadOnlyList<CubicSegment> Segments)
{
    private const int LengthSamples = 32;

    /// <summary>Last point of the route.</summary>
    public Point End => Segments.Count == 0 ? Start : Segments[^1].End;

    /// <summary>The start point of segment <paramref name="segment"/>.</summary>
    public Point SegmentStart(int segment) => segment == 0 ? Start : Segments[segment - 1].End;

    /// <summary>The point at parameter <paramref name="t"/> (0..1) of segment <paramref name="segment"/>.</summary>
    public Point PointAt(int segment, double t) => Segments[segment].Evaluate(SegmentStart(segment), t);

    /// <summary>Samples the route as a polyline with <paramref name="samplesPerSegment"/> steps per cubic piece.</summary>
    public IReadOnlyList<Point> ToPolyline(int samplesPerSegment = 16)
    {
        if (samplesPerSegment < 1) samplesPerSegment = 1;
        var points = new List<Point>(Segments.Count * samplesPerSegment + 1) { Start };
        for (int s = 0; s < Segments.Count; s++)
        {
            Point from = SegmentStart(s);
            for (int i = 1; i < samplesPerSegment; i++) points.Add(Segments[s].Evaluate(from, (double)i / samplesPerSegment));
            points.Add(Segments[s].End);
        }
        return points;
    }

    /// <summary>Approximate arc length of the route.</summary>
    public double Length()
    {
        double total = 0;
        for (int s = 0; s < Segments.Count; s++) total += SegmentLength(s);
        return total;
    }

    /// <summary>
    /// The point <paramref name="distance"/> along the route from <see cref="Start"/>, measured on its polyline
    /// (24 steps per piece); the end if the route is shorter.
    /// </summary>
    public Point PointAtLength(double distance)
    {
        IReadOnlyList<Point> points = ToPolyline(24);
        double walked = 0;
        for (int i = 1; i < points.Count; i++)
        {
            double step = points[i - 1].DistanceTo(points[i]);
            if (walked + step >= distance && step > 0)
            {
                double t = (distance - walked) / step;
                return new Point(points[i - 1].X + (points[i].X - points[i - 1].X) * t, points[i - 1].Y + (points[i].Y - points[i - 1].Y) * t);
            }
            walked += step;
        }
        return End;
    }

    /// <summary>The point halfway along the route (by arc length); attachments end here.</summary>
    public Point Midpoint()
    {
        if (Segments.Count == 0) return Start;
        LocateMidpoint(out int segment, out double t);
        return PointAt(segment, t);
    }

    /// <summary>The route drawn backwards (from <see cref="End"/> to <see cref="Start"/>).</summary>
    public EdgeRoute Reverse()
    {
        var segments = new CubicSegment[Segments.Count];
        for (int s = 0; s < Segments.Count; s++)
        {
            CubicSegment c = Segments[s];
            segments[Segments.Count - 1 - s] = new CubicSegment(c.Control2, c.Control1, SegmentStart(s));
        }
        return new EdgeRoute(End, segments);
    }

    /// <summary>The SVG path data (<c>M x y C ...</c>), using invariant culture.</summary>
    public string ToSvgPath()
    {
        var sb = new StringBuilder(16 + 48 * Segments.Count);
        sb.Append("M ");
        AppendNumber(sb, Start.X).Append(' ');
        AppendNumber(sb, Start.Y);
        foreach (CubicSegment c in Segments)
        {
            sb.Append(" C ");
            AppendNumber(sb, c.Control1.X).Append(' ');
            AppendNumber(sb, c.Control1.Y).Append(' ');
            AppendNumber(sb, c.Control2.X).Append(' ');
            AppendNumber(sb, c.Control2.Y).Append(' ');
            AppendNumber(sb, c.End.X).Append(' ');
            AppendNumber(sb, c.End.Y);
        }
        return sb.ToString();
    }

    /// <summary>
    /// At most two decimals, invariant, no "-0": rounded first, then written in the shortest round-trip form
    /// (several times faster than the custom "0.##" format, which it matches; huge magnitudes keep that format).
    /// </summary>
    private static StringBuilder AppendNumber(StringBuilder sb, double value)
    {
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) return sb.Append('0');
        Span<char> buffer = stackalloc char[32];
        if (Math.Abs(rounded) < 1e15 && rounded.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
            return sb.Append(buffer[..written]);
        return sb.Append(rounded.ToString("0.##", CultureInfo.InvariantCulture));
    }

    /// <summary>Finds the segment and parameter at half the arc length.</summary>
    internal void LocateMidpoint(out int segment, out double t)
    {
        double half = Length() / 2;
        double acc = 0;
        for (int s = 0; s < Segments.Count; s++)
        {
            Point prev = SegmentStart(s);
            for (int i = 1; i <= LengthSamples; i++)
            {
                Point p = Segments[s].Evaluate(SegmentStart(s), (double)i / LengthSamples);
                double d = prev.DistanceTo(p);
                if (acc + d >= half && d > 0)
                {
                    segment = s;
                    t = (i - 1 + (half - acc) / d) / LengthSamples;
                    return;
                }
                acc += d;
                prev = p;
            }
        }
        segment = Segments.Count - 1;
        t = 1;
    }

    private double SegmentLength(int s)
    {
        Point start = SegmentStart(s);
        Point prev = start;
        double len = 0;
        for (int i = 1; i <= LengthSamples; i++)
        {
            Point p = Segments[s].Evaluate(start, (double)i / LengthSamples);
            len += prev.DistanceTo(p);
            prev = p;
        }
        return len;
    }
}
