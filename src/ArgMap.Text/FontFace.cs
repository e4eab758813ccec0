using System.Globalization;

namespace ArgMap.Text;

/// <summary>
/// One face's metrics, in ems, with a flat per-BMP-code-unit advance table so the measuring loop
/// is one array load per character. Negative entries are sentinels that send the loop to its slow path.
/// </summary>
internal sealed class FontFace
{
    /// <summary>Sentinel: a UTF-16 surrogate; decode the code point.</summary>
    public const float SurrogateMark = -1f;

    /// <summary>Sentinel: ZERO WIDTH JOINER (joins emoji into one ZWJ sequence).</summary>
    public const float ZwjMark = -2f;

    /// <summary>Sentinel: VARIATION SELECTOR-16 (emoji presentation of the preceding character).</summary>
    public const float Vs16Mark = -3f;

    /// <summary>Sentinel: a pictograph drawn from the emoji fallback font.</summary>
    public const float EmojiMark = -4f;

    /// <summary>Sentinel: a regional indicator (half of a flag).</summary>
    public const float RegionalIndicatorMark = -5f;

    private readonly int[] _suppStart;
    private readonly int[] _suppEnd;
    private readonly float[] _suppWidth;
    private readonly bool[] _bmpHasGlyph;

    public FontFace(FontStyle style, int unitsPerEm, int ascender, int descender, int lineGap,
        IReadOnlyList<(int First, int Last, int Width)> runs)
    {
        Style = style;
        UnitsPerEm = unitsPerEm;
        AscentEm = ascender / (double)unitsPerEm;
        DescentEm = -descender / (double)unitsPerEm;
        LineGapEm = lineGap / (double)unitsPerEm;

        // Font advances for the BMP (-1 = unmapped) and sorted runs for the supplementary planes.
        var fontBmp = new int[0x10000];
        Array.Fill(fontBmp, -1);
        var supp = new List<(int First, int Last, int Width)>();
        foreach (var (first, last, width) in runs)
        {
            for (int cp = first; cp <= Math.Min(last, 0xFFFF); cp++)
            {
                fontBmp[cp] = width;
            }

            if (last > 0xFFFF)
            {
                supp.Add((Math.Max(first, 0x10000), last, width));
            }
        }

        _bmpHasGlyph = Array.ConvertAll(fontBmp, w => w >= 0);
        supp.Sort((a, b) => a.First.CompareTo(b.First));
        _suppStart = supp.Select(r => r.First).ToArray();
        _suppEnd = supp.Select(r => r.Last).ToArray();
        _suppWidth = supp.Select(r => (float)(r.Width / (double)unitsPerEm)).ToArray();

        double latin = 0;
        int latinCount = 0;
        for (char c = 'A'; c <= 'z'; c++)
        {
            if (char.IsAsciiLetter(c) && fontBmp[c] >= 0)
            {
                latin += fontBmp[c];
                latinCount++;
            }
        }

        AverageLatinEm = (float)(latinCount > 0 ? latin / latinCount / unitsPerEm : 0.55);
        SpaceEm = fontBmp[' '] >= 0 ? (float)(fontBmp[' '] / (double)unitsPerEm) : 0.278f;
        EllipsisEm = fontBmp['\u2026'] >= 0 ? (float)(fontBmp['\u2026'] / (double)unitsPerEm) : 1f;

        Bmp = new float[0x10000];
        for (int cp = 0; cp < Bmp.Length; cp++)
        {
            Bmp[cp] = cp switch
            {
                >= 0xD800 and <= 0xDFFF => SurrogateMark,
                0x200D => ZwjMark,
                0xFE0F => Vs16Mark,
                '\t' => SpaceEm,
                _ => Classify(cp, fontBmp[cp] >= 0 ? (float)(fontBmp[cp] / (double)unitsPerEm) : null),
            };
        }
    }

    /// <summary>Which face this is.</summary>
    public FontStyle Style { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>hhea ascender in ems (positive).</summary>
    public double AscentEm { get; }

    /// <summary>hhea descender in ems (positive, below the baseline).</summary>
    public double DescentEm { get; }

    /// <summary>hhea line gap in ems.</summary>
    public double LineGapEm { get; }

    /// <summary>Mean advance of A-Z and a-z, used for characters nobody can predict.</summary>
    public float AverageLatinEm { get; }

    /// <summary>Advance of U+0020.</summary>
    public float SpaceEm { get; }

    /// <summary>Advance of U+2026 HORIZONTAL ELLIPSIS.</summary>
    public float EllipsisEm { get; }

    /// <summary>Advance (ems) or sentinel for every BMP code unit.</summary>
    public float[] Bmp { get; }

    /// <summary>Advance (ems) or sentinel of a supplementary-plane code point.</summary>
    public float Supplementary(int cp)
    {
        int i = FindSupplementary(cp);
        return Classify(cp, i >= 0 ? _suppWidth[i] : null);
    }

    /// <summary>True if the font has its own glyph for <paramref name="cp"/>.</summary>
    public bool HasGlyph(int cp) => cp < 0x10000 ? _bmpHasGlyph[cp] : FindSupplementary(cp) >= 0;

    private int FindSupplementary(int cp)
    {
        int lo = 0, hi = _suppStart.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < _suppStart[mid])
            {
                hi = mid - 1;
            }
            else if (cp > _suppEnd[mid])
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private float Classify(int cp, float? fontEm)
    {
        if (UnicodeData.IsZeroWidth(cp))
        {
            return 0f;
        }

        if (fontEm is { } w)
        {
            return w;
        }

        if (UnicodeData.IsRegionalIndicator(cp))
        {
            return RegionalIndicatorMark;
        }

        if (UnicodeData.IsEmoji(cp))
        {
            return EmojiMark;
        }

        if (UnicodeData.IsWide(cp))
        {
            return 1f;
        }

        if (UnicodeData.IsHalfWidth(cp))
        {
            return 0.5f;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.SpaceSeparator ? SpaceEm : AverageLatinEm;
    }
}
