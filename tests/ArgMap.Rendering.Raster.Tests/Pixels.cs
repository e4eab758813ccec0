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

    public static bool Dark(double luminance) => luminance < 80;
    public static bool Light(double luminance) => luminance > 200;

    public void Dispose() => _bitmap.Dispose();
}
