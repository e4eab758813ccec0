using ArgMap.Rendering.Raster.Subset;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Text;

/// <summary>
/// A piece of the character data of a text element, in document order, with the style of the element that holds
/// it. A piece that starts a text chunk (the text element itself, or a tspan with its own x or y) carries the new
/// pen position; its style's text-anchor anchors the chunk.
/// </summary>
internal sealed class TextPiece(string text, SvgStyle style, ChunkStart? start)
{
    public string Text { get; set; } = text;
    public SvgStyle Style { get; } = style;
    public ChunkStart? Start { get; } = start;
}

/// <summary>Where a text chunk starts; null keeps the pen where the previous text left it.</summary>
internal readonly record struct ChunkStart(float? X, float? Y);

/// <summary>One run of text in one font and colour, placed: x of its left end and y of its baseline, in CSS px.</summary>
internal readonly record struct PlacedRun(string Text, SKFont Font, float X, float Baseline, float Width, SKColor? Fill, TextDecoration Decoration);

/// <summary>
/// Places the pieces of one text element: pen positions from x/y, runs split by font (see
/// <see cref="TextFonts"/>), and each text chunk shifted for its text-anchor by its measured width, fallback runs
/// included. No shaping and no kerning, like ArgMap's own text measurement, so the drawn text takes exactly the
/// width the layout reserved for it.
/// </summary>
internal static class TextLayout
{
    public static List<PlacedRun> Place(List<TextPiece> pieces, TextFonts fonts)
    {
        var runs = new List<PlacedRun>();
        float x = 0, y = 0, chunkX = 0;
        var chunkFirstRun = 0;
        var anchor = TextAnchor.Start;
        foreach (var piece in pieces)
        {
            if (piece.Start is { } start)
            {
                Anchor(runs, chunkFirstRun, x - chunkX, anchor);
                x = start.X ?? x;
                y = start.Y ?? y;
                chunkX = x;
                chunkFirstRun = runs.Count;
                anchor = piece.Style.TextAnchor;
            }
            if (piece.Text.Length == 0)
                continue;
            var style = piece.Style;
            foreach (var (part, font) in fonts.Split(piece.Text, style.FontSize, style.Bold, style.Italic))
            {
                var width = font.MeasureText(part);
                runs.Add(new PlacedRun(part, font, x, y, width, style.Fill, style.TextDecoration));
                x += width;
            }
        }
        Anchor(runs, chunkFirstRun, x - chunkX, anchor);
        return runs;
    }

    /// <summary>Moves the runs of a finished chunk left by all or half its width for end or middle.</summary>
    private static void Anchor(List<PlacedRun> runs, int first, float width, TextAnchor anchor)
    {
        var shift = anchor switch
        {
            TextAnchor.Middle => -width / 2,
            TextAnchor.End => -width,
            _ => 0,
        };
        if (shift == 0)
            return;
        for (var i = first; i < runs.Count; i++)
            runs[i] = runs[i] with { X = runs[i].X + shift };
    }
}
