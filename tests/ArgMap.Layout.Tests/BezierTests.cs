using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class BezierTests
{
    [Fact]
    public void GapCurveStaysBetweenItsEndsVertically()
    {
        CubicSegment s = Bezier.Gap(new Point(0, 100), new Point(300, 164));
        for (int i = 0; i <= 100; i++)
        {
            Point p = s.Evaluate(new Point(0, 100), i / 100.0);
            Assert.InRange(p.Y, 100, 164);
        }
    }

    [Fact]
    public void SubPathFollowsTheRouteInBothDirections()
    {
        var a = new Point(0, 0);
        EdgeRoute r = new(a, [Bezier.Line(a, new Point(0, 10)), Bezier.Gap(new Point(0, 10), new Point(40, 50)), Bezier.Line(new Point(40, 50), new Point(40, 80))]);
        List<CubicSegment> fwd = Bezier.SubPath(r, 0, 0.5, 2, 0.5);
        Assert.Equal(r.PointAt(2, 0.5).X, fwd[^1].End.X, 9);
        Assert.Equal(r.PointAt(2, 0.5).Y, fwd[^1].End.Y, 9);
        List<CubicSegment> back = Bezier.SubPath(r, 2, 0.5, 0, 0.5);
        Assert.Equal(0, back[^1].End.X, 9);
        Assert.Equal(5, back[^1].End.Y, 9);
        Assert.Equal(r.PointAt(1, 0.25).Y, Bezier.Portion(r.SegmentStart(1), r.Segments[1], 0, 0.25).End.Y, 9);
    }
}
