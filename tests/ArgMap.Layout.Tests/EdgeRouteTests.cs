using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class EdgeRouteTests
{
    private static EdgeRoute Straight(Point a, Point b) => new(a, [Bezier.Line(a, b)]);

    [Fact]
    public void MidpointOfAStraightRouteIsItsCentre()
    {
        EdgeRoute r = new(new Point(0, 0), [Bezier.Line(new Point(0, 0), new Point(0, 10)), Bezier.Line(new Point(0, 10), new Point(30, 10))]);
        Point m = r.Midpoint();
        Assert.Equal(40, r.Length(), 6);
        Assert.Equal(10, m.X, 4);
        Assert.Equal(10, m.Y, 4);
    }

    [Fact]
    public void PolylineStartsAndEndsOnTheRoute()
    {
        EdgeRoute r = Straight(new Point(1, 2), new Point(5, 9));
        IReadOnlyList<Point> pts = r.ToPolyline(8);
        Assert.Equal(9, pts.Count);
        Assert.Equal(r.Start, pts[0]);
        Assert.Equal(r.End, pts[^1]);
    }

    [Fact]
    public void ReverseSwapsEndsAndKeepsTheShape()
    {
        EdgeRoute r = new(new Point(0, 0), [Bezier.Gap(new Point(0, 0), new Point(50, 40)), Bezier.Line(new Point(50, 40), new Point(50, 90))]);
        EdgeRoute back = r.Reverse();
        Assert.Equal(r.End, back.Start);
        Assert.Equal(r.Start, back.End);
        Assert.Equal(r.Length(), back.Length(), 6);
        Assert.True(r.Midpoint().DistanceTo(back.Midpoint()) < 1e-3);
    }

    [Fact]
    public void SvgPathUsesInvariantCulture()
    {
        EdgeRoute r = Straight(new Point(0.5, 1), new Point(3.5, 4));
        Assert.Equal("M 0.5 1 C 1.5 2 2.5 3 3.5 4", r.ToSvgPath());
    }

    [Fact]
    public void EmptyRouteIsAPoint()
    {
        EdgeRoute r = new(new Point(3, 4), []);
        Assert.Equal(new Point(3, 4), r.End);
        Assert.Equal(new Point(3, 4), r.Midpoint());
    }
}
