using SkiaSharp;

namespace ArgMap.Rendering.Raster.Subset;

/// <summary>
/// A recorded &lt;marker&gt; (ArgMap's edge ends: arrow, bar, dot) and how it is placed: its reference point on
/// the last vertex of the path, turned along the path's end direction (orient="auto") or by a fixed angle,
/// scaled from its viewBox to markerWidth × markerHeight (uniformly, as preserveAspectRatio's default says) and,
/// for markerUnits="strokeWidth" (the default), by the stroke width; clipped to its viewport (overflow: hidden).
/// </summary>
internal sealed class SvgMarker(SKPicture content, SKRect clip, SKPoint reference, float scale, bool scalesWithStroke, float? angleDegrees)
    : IDisposable
{
    public void DrawAtEnd(SKCanvas canvas, SKPath path, float strokeWidth)
    {
        if (!TryGetEnd(path, out var end, out var direction))
            return;
        canvas.Save();
        canvas.Translate(end.X, end.Y);
        canvas.RotateDegrees(angleDegrees ?? MathF.Atan2(direction.Y, direction.X) * 180 / MathF.PI);
        var s = scalesWithStroke ? scale * strokeWidth : scale;
        canvas.Scale(s);
        canvas.Translate(-reference.X, -reference.Y);
        canvas.ClipRect(clip);
        canvas.DrawPicture(content);
        canvas.Restore();
    }

    /// <summary>The last point of the last (non-empty) contour and the path's direction there.</summary>
    private static bool TryGetEnd(SKPath path, out SKPoint end, out SKPoint direction)
    {
        end = direction = default;
        var found = false;
        using var measure = new SKPathMeasure(path, forceClosed: false);
        do
        {
            if (measure.Length > 0 && measure.GetPositionAndTangent(measure.Length, out var position, out var tangent))
            {
                (end, direction, found) = (position, tangent, true);
            }
        }
        while (measure.NextContour());
        return found;
    }

    /// <summary>
    /// The clip (the marker's viewport, in viewBox units) and the viewBox-to-viewport scale of a marker with
    /// <paramref name="viewBox"/> (null: the viewport itself) and markerWidth × markerHeight.
    /// </summary>
    public static (SKRect Clip, float Scale) Geometry(SKRect? viewBox, float width, float height)
    {
        if (viewBox is not { Width: > 0, Height: > 0 } box)
            return (SKRect.Create(0, 0, width, height), 1);
        var scale = Math.Min(width / box.Width, height / box.Height);
        // xMidYMid: the scaled viewBox is centred in the viewport, so the viewport reaches past the viewBox, by
        // the same amount on both sides, in the direction the viewBox did not fill.
        var (clipWidth, clipHeight) = (width / scale, height / scale);
        return (SKRect.Create(box.MidX - clipWidth / 2, box.MidY - clipHeight / 2, clipWidth, clipHeight), scale);
    }

    public void Dispose() => content.Dispose();
}
