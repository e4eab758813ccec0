using System.Text;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Text;

/// <summary>
/// The Skia fonts of one export (one per face, size and slant, shared by all runs) and the split of a string into
/// runs by which face has its characters: Liberation Sans wherever it has the glyph, DejaVu Sans for the characters
/// only DejaVu Sans has (e.g. ⊒ U+2292). A character neither has is drawn from Liberation Sans as its .notdef box.
/// </summary>
internal sealed class TextFonts(FontSet fonts) : IDisposable
{
    /// <summary>Skia's own slant for synthetic italics: only upright DejaVu Sans faces are loaded.</summary>
    private const float SyntheticItalicSkew = -0.25f;

    private readonly Dictionary<(SKTypeface Face, float Size, bool Skewed), SKFont> _fonts = new();

    /// <summary>The runs of <paramref name="text"/>, each with the font to draw it in.</summary>
    public List<(string Text, SKFont Font)> Split(string text, float size, bool bold, bool italic)
    {
        var primary = Font(fonts.Primary(bold, italic), size, skewed: false);
        if (primary.ContainsGlyphs(text))
            return [(text, primary)]; // the common case: one run, no per-character look-up

        var fallback = Font(fonts.FallbackFor(bold), size, skewed: italic);
        var runs = new List<(string, SKFont)>();
        SKFont? current = null;
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var font = primary.ContainsGlyph(rune.Value) || !fallback.ContainsGlyph(rune.Value) ? primary : fallback;
            if (current is not null && font != current)
            {
                runs.Add((text[start..i], current));
                start = i;
            }
            current = font;
            i += length;
        }
        if (current is not null)
            runs.Add((text[start..], current));
        return runs;
    }

    private SKFont Font(SKTypeface face, float size, bool skewed)
    {
        if (!_fonts.TryGetValue((face, size, skewed), out var font))
        {
            // Unhinted outlines at subpixel positions with linear (unrounded) advances: text is exactly as wide as
            // ArgMap's layout measured it (Liberation Sans advance widths) at every scale, and PNG and PDF agree.
            font = new SKFont(face, size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
                Edging = SKFontEdging.Antialias,
                SkewX = skewed ? SyntheticItalicSkew : 0,
            };
            _fonts.Add((face, size, skewed), font);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        _fonts.Clear();
    }
}
