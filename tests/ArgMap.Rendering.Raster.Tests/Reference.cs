using SkiaSharp;

namespace ArgMap.Rendering.Raster.Tests;

/// <summary>
/// What a piece of text should look like: drawn straight with SkiaSharp in a given face, black on white, with the
/// font settings the exporter uses (unhinted outlines at subpixel positions), to compare an export against.
/// </summary>
internal static class Reference
{
    public static SKFont Font(SKTypeface face, float size, float skewX = 0) => new(face, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
        SkewX = skewX,
    };

    /// <summary>A white <paramref name="width"/> × <paramref name="height"/> CSS-px image at
    /// <paramref name="scale"/> with <paramref name="text"/> drawn in black at (x, baseline).</summary>
    public static Pixels Text(string text, SKFont font, float x, float baseline, int width, int height, double scale)
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale)));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale((float)scale);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        surface.Canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new Pixels(png.ToArray(), scale);
    }

    /// <summary>A one-element SVG of the given size around <paramref name="body"/>, with ArgMap's font-family.</summary>
    public static string Svg(int width, int height, string body) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"Arial, 'Liberation Sans', Helvetica, sans-serif\">{body}</svg>";
}
