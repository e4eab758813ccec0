using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

public class RectTests
{
    [Fact]
    public void Helpers()
    {
        var r = new Rect(10, 20, 30, 40);
        Assert.Equal(40, r.Right);
        Assert.Equal(60, r.Bottom);
        Assert.Equal(new Point(25, 40), r.Center);
        Assert.True(r.Contains(new Point(10, 20)));
        Assert.False(r.ContainsStrictly(new Point(10, 20)));
        Assert.True(r.IsOnBorder(new Point(40, 30)));
        Assert.False(r.IsOnBorder(new Point(25, 40)));
        Assert.False(r.Intersects(new Rect(40, 20, 5, 5)));
        Assert.True(r.Intersects(new Rect(39, 59, 5, 5)));
        Assert.Equal(new Rect(0, 0, 40, 60), r.Union(new Rect(0, 0, 1, 1)));
    }
}
