using ArgMap.Rendering.Raster.Subset;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Text;

/// <summary>Draws placed runs as glyphs (text in a PDF) and their decorations as thin rectangles.</summary>
internal static class TextPainter
{
    public static void Draw(SKCanvas canvas, List<PlacedRun> runs, SKPaint paint)
    {
        foreach (var run in runs)
        {
            if (run.Fill is not { } colour)
                continue;
            paint.Color = colour;
            canvas.DrawText(run.Text, run.X, run.Baseline, SKTextAlign.Left, run.Font, paint);
            if (run.Decoration != TextDecoration.None)
                DrawDecorations(canvas, run, paint);
        }
    }

    /// <summary>Underline, overline and line-through (defeated nodes under --status), at the font's own
    /// positions and thickness.</summary>
    private static void DrawDecorations(SKCanvas canvas, PlacedRun run, SKPaint paint)
    {
        var metrics = run.Font.Metrics;
        var size = run.Font.Size;
        void Line(float top, float thickness) => canvas.DrawRect(run.X, run.Baseline + top, run.Width, thickness, paint);

        // Skia: the underline position is the top of the line (below the baseline, positive); the strikeout
        // position is its bottom (above the baseline, negative).
        var underline = metrics.UnderlineThickness ?? size / 14;
        if (run.Decoration.HasFlag(TextDecoration.Underline))
            Line(metrics.UnderlinePosition ?? size / 10, underline);
        if (run.Decoration.HasFlag(TextDecoration.Overline))
            Line(metrics.Ascent, underline);
        if (run.Decoration.HasFlag(TextDecoration.LineThrough))
        {
            var thickness = metrics.StrikeoutThickness ?? underline;
            Line((metrics.StrikeoutPosition ?? -size * 0.3f) - thickness, thickness);
        }
    }
}
