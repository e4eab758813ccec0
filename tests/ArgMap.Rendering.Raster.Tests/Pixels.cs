using SkiaSharp;

namespace ArgMap.Rendering.Raster.Tests;

/// <summary>A decoded PNG and pixel counts over regions given in CSS px.</summary>
internal sealed class Pixels : IDisposable
{
    private readonly SKBitmap _bitmap;
    private readonly double _scale;

    public Pixels(byte[] png, double scale)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("PNG does not decode");
        _scale = scale;
    }

    public int Width => _bitmap.Width;
    public int Height => _bitmap.Height;

    /// <summary>Pixels in the CSS-px rectangle whose luminance satisfies <paramref name="predicate"/>.</summary>
    public int Count(double x, double y, double w, double h, Func<double, bool> predicate)
    {
        var x0 = (int)Math.Floor(x * _scale);
        var y0 = (int)Math.Floor(y * _scale);
        var x1 = Math.Min(Width, (int)Math.Ceiling((x + w) * _scale));
        var y1 = Math.Min(Height, (int)Math.Ceiling((y + h) * _scale));
        var n = 0;
        for (var py = y0; py < y1; py++)
        {
            for (var px = x0; px < x1; px++)
            {
                var c = _bitmap.GetPixel(px, py);
                if (predicate(0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue))
                    n++;
            }
        }
        return n;
    }

    /// <summary>The CSS-px box of the pixels in the rectangle whose luminance satisfies
    /// <paramref name="predicate"/>; null if there are none.</summary>
    public (double Left, double Top, double Right, double Bottom)? InkBounds(double x, double y, double w, double h, Func<double, bool> predicate)
    {
        int? left = null, top = null, right = null, bottom = null;
        ForEach(x, y, w, h, (px, py, luminance) =>
        {
            if (!predicate(luminance))
                return;
            left = Math.Min(left ?? px, px);
            right = Math.Max(right ?? px, px);
            top = Math.Min(top ?? py, py);
            bottom = Math.Max(bottom ?? py, py);
        });
        return left is null ? null : (left.Value / _scale, top!.Value / _scale, (right!.Value + 1) / _scale, (bottom!.Value + 1) / _scale);
    }

    /// <summary>Mean absolute luminance difference (0-255) from <paramref name="other"/> over the rectangle.</summary>
    public double MeanDifference(Pixels other, double x, double y, double w, double h)
    {
        double sum = 0;
        var n = 0;
        ForEach(x, y, w, h, (px, py, luminance) =>
        {
            var c = other._bitmap.GetPixel(px, py);
            sum += Math.Abs(luminance - Luminance(c));
            n++;
        });
        return n == 0 ? 0 : sum / n;
    }

    private void ForEach(double x, double y, double w, double h, Action<int, int, double> visit)
    {
        var x0 = Math.Max(0, (int)Math.Floor(x * _scale));
        var y0 = Math.Max(0, (int)Math.Floor(y * _scale));
        var x1 = Math.Min(Width, (int)Math.Ceiling((x + w) * _scale));
        var y1 = Math.Min(Height, (int)Math.Ceiling((y + h) * _scale));
        for (var py = y0; py < y1; py++)
        {
            for (var px = x0; px < x1; px++)
                visit(px, py, Luminance(_bitmap.GetPixel(px, py)));
        }
    }

    private static double Luminance(SKColor c) => 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;

    public static bool Dark(double luminance) => luminance < 80;
    public static bool Light(double luminance) => luminance > 200;

    public void Dispose() => _bitmap.Dispose();
}
