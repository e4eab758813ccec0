using System.Globalization;

namespace ArgMap.Text;

/// <summary>
/// Horizontal metrics of Liberation Sans (regular, bold, italic), which is metric-compatible with
/// Arial and Helvetica: the first fonts of the SVG font stack <see cref="SvgFontFamily"/>.
/// </summary>
/// <remarks>
/// <para>The data are the embedded resource <c>Metrics/liberation-sans.metrics</c>, written by
/// <c>tools/FontMetricsGenerator</c> from the TrueType files. They are parsed once, lazily and
/// thread-safely, on first use; after that every member is allocation-free and safe to call concurrently.</para>
/// <para>Code points the font lacks get fallback widths, standing in for whatever font the viewer falls back to:</para>
/// <list type="bullet">
/// <item>CJK ideographs, kana, Hangul, bopomofo, Yi, CJK punctuation and full-width forms: 1 em; half-width forms: 0.5 em.</item>
/// <item>Emoji and other pictographs: <see cref="EmojiAdvanceEm"/> (1.25 em, the advance of Noto Color Emoji, rounded up),
/// counted once per emoji however it is built: skin-tone modifiers, variation selectors, tag characters and
/// everything joined by ZERO WIDTH JOINER add nothing, a flag (two regional indicators) is one emoji, and
/// VARIATION SELECTOR-16 turns the text character before it (☺, digits of keycaps) into an emoji.</item>
/// <item>Zero width: combining marks, ZWJ, ZWNJ, variation selectors, bidi controls and other format and control characters.</item>
/// <item>Anything else unknown: the mean advance of A-Z and a-z of the face.</item>
/// </list>
/// <para>Kerning is ignored; Liberation Sans only kerns pairs closer, so widths err on the roomy side.</para>
/// </remarks>
public static class FontMetrics
{
    /// <summary>The CSS/SVG <c>font-family</c> these metrics are for.</summary>
    public const string SvgFontFamily = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    /// <summary>Advance of one emoji (however many code points it has), in ems.</summary>
    public const double EmojiAdvanceEm = 1.25;

    private const string ResourceName = "ArgMap.Text.Metrics.liberation-sans.metrics";

    private static readonly Lazy<FontFace[]> Faces = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Advance width of one code point in isolation, in the same units as <paramref name="fontSize"/>.
    /// Fallbacks as described on <see cref="FontMetrics"/>; a lone surrogate counts as an unknown character.
    /// </summary>
    /// <param name="codePoint">A Unicode code point, 0..0x10FFFF.</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size), e.g. in px; finite and not negative.</param>
    public static double Advance(int codePoint, FontStyle style, double fontSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePoint, 0x10FFFF);
        CheckFontSize(fontSize);
        var face = Face(style);
        float w = codePoint < 0x10000 ? face.Bmp[codePoint] : face.Supplementary(codePoint);
        double em = w switch
        {
            >= 0 => w,
            FontFace.EmojiMark => EmojiAdvanceEm,
            FontFace.RegionalIndicatorMark => EmojiAdvanceEm / 2,
            FontFace.SurrogateMark => face.AverageLatinEm,
            _ => 0, // ZWJ, VS16
        };
        return em * fontSize;
    }

    /// <summary>True if Liberation Sans itself has a glyph for <paramref name="codePoint"/> (no fallback needed).</summary>
    public static bool HasGlyph(int codePoint, FontStyle style) =>
        codePoint is >= 0 and <= 0x10FFFF && Face(style).HasGlyph(codePoint);

    /// <summary>Design units per em of the face (2048 for Liberation Sans).</summary>
    public static int UnitsPerEm(FontStyle style) => Face(style).UnitsPerEm;

    /// <summary>
    /// Distance between consecutive baselines: (ascender + |descender| + line gap) of the hhea table,
    /// ≈ 1.149 × <paramref name="fontSize"/> for Liberation Sans, the "normal" line height browsers use for Arial.
    /// </summary>
    public static double LineHeight(double fontSize, FontStyle style = FontStyle.Regular)
    {
        CheckFontSize(fontSize);
        var f = Face(style);
        return (f.AscentEm + f.DescentEm + f.LineGapEm) * fontSize;
    }

    /// <summary>Height of the face above the baseline (hhea ascender), ≈ 0.905 × <paramref name="fontSize"/>.</summary>
    public static double Ascent(double fontSize, FontStyle style = FontStyle.Regular)
    {
        CheckFontSize(fontSize);
        return Face(style).AscentEm * fontSize;
    }

    /// <summary>Depth of the face below the baseline, positive (hhea |descender|), ≈ 0.212 × <paramref name="fontSize"/>.</summary>
    public static double Descent(double fontSize, FontStyle style = FontStyle.Regular)
    {
        CheckFontSize(fontSize);
        return Face(style).DescentEm * fontSize;
    }

    /// <summary>Extra leading between lines (hhea line gap), ≈ 0.033 × <paramref name="fontSize"/>.</summary>
    public static double LineGap(double fontSize, FontStyle style = FontStyle.Regular)
    {
        CheckFontSize(fontSize);
        return Face(style).LineGapEm * fontSize;
    }

    internal static FontFace Face(FontStyle style)
    {
        var faces = Faces.Value;
        uint i = (uint)style;
        return i < (uint)faces.Length ? faces[i] : throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown font style.");
    }

    internal static void CheckFontSize(double fontSize, string paramName = "fontSize")
    {
        if (!double.IsFinite(fontSize) || fontSize < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, fontSize, "Font size must be finite and not negative.");
        }
    }

    private static FontFace[] Load()
    {
        using var stream = typeof(FontMetrics).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the metrics file format written by tools/FontMetricsGenerator.</summary>
    internal static FontFace[] Parse(TextReader reader)
    {
        var faces = new FontFace?[3];
        FontStyle? style = null;
        int upem = 0, asc = 0, desc = 0, gap = 0;
        var runs = new List<(int, int, int)>();
        int lineNo = 0;
        Span<Range> parts = stackalloc Range[4];
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            int n = line.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
            var key = line[parts[0]];
            try
            {
                if (key.SequenceEqual("face"))
                {
                    style = Enum.Parse<FontStyle>(line[parts[1]]);
                    upem = asc = desc = gap = 0;
                    runs.Clear();
                }
                else if (style is null)
                {
                    throw new FormatException("Data before the first 'face' line.");
                }
                else if (key.SequenceEqual("end"))
                {
                    if (upem <= 0)
                    {
                        throw new FormatException("Face without unitsPerEm.");
                    }

                    faces[(int)style.Value] = new FontFace(style.Value, upem, asc, desc, gap, runs);
                    style = null;
                }
                else if (key.SequenceEqual("unitsPerEm"))
                {
                    upem = int.Parse(line[parts[1]], CultureInfo.InvariantCulture);
                }
                else if (key.SequenceEqual("ascender"))
                {
                    asc = int.Parse(line[parts[1]], CultureInfo.InvariantCulture);
                }
                else if (key.SequenceEqual("descender"))
                {
                    desc = int.Parse(line[parts[1]], CultureInfo.InvariantCulture);
                }
                else if (key.SequenceEqual("lineGap"))
                {
                    gap = int.Parse(line[parts[1]], CultureInfo.InvariantCulture);
                }
                else if (key.SequenceEqual("source"))
                {
                    // Provenance only.
                }
                else if (n == 3)
                {
                    int first = int.Parse(line[parts[0]], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    int last = int.Parse(line[parts[1]], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    int width = int.Parse(line[parts[2]], CultureInfo.InvariantCulture);
                    if (first > last || last > 0x10FFFF || width < 0)
                    {
                        throw new FormatException("Bad run.");
                    }

                    runs.Add((first, last, width));
                }
                else
                {
                    throw new FormatException("Unrecognised line.");
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new InvalidDataException($"liberation-sans.metrics line {lineNo}: {e.Message} ('{raw}')", e);
            }
        }

        for (int i = 0; i < faces.Length; i++)
        {
            if (faces[i] is null)
            {
                throw new InvalidDataException($"liberation-sans.metrics has no '{(FontStyle)i}' face.");
            }
        }

        return faces!;
    }
}
