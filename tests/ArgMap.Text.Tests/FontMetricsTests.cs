namespace ArgMap.Text.Tests;

public class FontMetricsTests
{
    // Arial / Liberation Sans advance widths per 1000 units/em (Adobe AFM values for Helvetica/Arial).
    [Theory]
    [InlineData('i', FontStyle.Regular, 222)]
    [InlineData('W', FontStyle.Regular, 944)]
    [InlineData(' ', FontStyle.Regular, 278)]
    [InlineData('a', FontStyle.Regular, 556)]
    [InlineData('0', FontStyle.Regular, 556)]
    [InlineData('m', FontStyle.Regular, 833)]
    [InlineData('i', FontStyle.Bold, 278)]
    [InlineData('b', FontStyle.Bold, 611)]
    [InlineData('W', FontStyle.Bold, 944)]
    [InlineData('i', FontStyle.Italic, 222)]
    [InlineData('W', FontStyle.Italic, 944)]
    public void Advance_MatchesArialWidths(char c, FontStyle style, int per1000)
    {
        Assert.Equal(per1000, FontMetrics.Advance(c, style, 1000), 0.5);
    }

    [Fact]
    public void Advance_ScalesLinearlyWithFontSize()
    {
        double at10 = FontMetrics.Advance('W', FontStyle.Regular, 10);
        Assert.Equal(at10 * 2.5, FontMetrics.Advance('W', FontStyle.Regular, 25), 1e-9);
        Assert.Equal(0, FontMetrics.Advance('W', FontStyle.Regular, 0));
    }

    [Fact]
    public void UnitsPerEm_Is2048ForAllFaces()
    {
        foreach (var style in Enum.GetValues<FontStyle>())
        {
            Assert.Equal(2048, FontMetrics.UnitsPerEm(style));
        }
    }

    [Fact]
    public void VerticalMetrics_ComeFromHhea()
    {
        // Liberation Sans hhea: ascender 1854, descender -434, lineGap 67 (units of 2048).
        Assert.Equal(1854.0 / 2048 * 16, FontMetrics.Ascent(16), 1e-9);
        Assert.Equal(434.0 / 2048 * 16, FontMetrics.Descent(16), 1e-9);
        Assert.Equal(67.0 / 2048 * 16, FontMetrics.LineGap(16), 1e-9);
        Assert.Equal((1854.0 + 434 + 67) / 2048 * 16, FontMetrics.LineHeight(16), 1e-9);
        Assert.InRange(FontMetrics.LineHeight(1), 1.1, 1.2);
    }

    [Fact]
    public void HasGlyph_CoversLatinGreekCyrillicHebrewButNotCjk()
    {
        Assert.True(FontMetrics.HasGlyph('A', FontStyle.Regular));
        Assert.True(FontMetrics.HasGlyph('Ω', FontStyle.Bold));
        Assert.True(FontMetrics.HasGlyph('Ж', FontStyle.Italic));
        Assert.True(FontMetrics.HasGlyph('א', FontStyle.Regular));
        Assert.False(FontMetrics.HasGlyph('中', FontStyle.Regular));
        Assert.False(FontMetrics.HasGlyph(0x1F600, FontStyle.Regular));
    }

    [Theory]
    [InlineData(0x4E2D)]   // 中
    [InlineData(0x3042)]   // あ
    [InlineData(0x30AB)]   // カ
    [InlineData(0xD55C)]   // 한
    [InlineData(0xFF21)]   // Ａ full-width
    [InlineData(0x3000)]   // ideographic space
    [InlineData(0x20000)]  // CJK extension B
    public void Advance_WideFallbackIsOneEm(int cp)
    {
        Assert.Equal(12, FontMetrics.Advance(cp, FontStyle.Regular, 12), 1e-6);
    }

    [Theory]
    [InlineData(0x0301)]   // combining acute
    [InlineData(0x200D)]   // ZWJ
    [InlineData(0x200C)]   // ZWNJ
    [InlineData(0xFE0F)]   // VS16
    [InlineData(0xFE0E)]   // VS15
    [InlineData(0x200F)]   // RLM
    [InlineData(0x202E)]   // RLO
    [InlineData(0x2067)]   // RLI
    [InlineData(0x1F3FD)]  // skin tone modifier
    [InlineData(0xE0067)]  // tag g
    [InlineData(0x05B8)]   // Hebrew point qamats
    [InlineData(0x064E)]   // Arabic fatha
    public void Advance_ZeroWidthCharacters(int cp)
    {
        Assert.Equal(0, FontMetrics.Advance(cp, FontStyle.Regular, 12));
    }

    [Fact]
    public void Advance_EmojiAndUnknownFallbacks()
    {
        Assert.Equal(FontMetrics.EmojiAdvanceEm * 10, FontMetrics.Advance(0x1F600, FontStyle.Regular, 10), 1e-6);
        Assert.Equal(FontMetrics.EmojiAdvanceEm * 5, FontMetrics.Advance(0x1F1E9, FontStyle.Regular, 10), 1e-6);

        // Devanagari is not in the font: average Latin letter width.
        double ka = FontMetrics.Advance(0x0915, FontStyle.Regular, 1);
        Assert.InRange(ka, 0.5, 0.7);
    }

    [Fact]
    public void Advance_RejectsBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FontMetrics.Advance(-1, FontStyle.Regular, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => FontMetrics.Advance(0x110000, FontStyle.Regular, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => FontMetrics.Advance('a', FontStyle.Regular, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => FontMetrics.Advance('a', FontStyle.Regular, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FontMetrics.Advance('a', (FontStyle)7, 10));
    }

    [Fact]
    public void Parse_RejectsMalformedData()
    {
        const string bad = "face Regular\nunitsPerEm 2048\n0041 zz 100\nend\n";
        Assert.Throws<InvalidDataException>(() => FontMetrics.Parse(new StringReader(bad)));
        Assert.Throws<InvalidDataException>(() => FontMetrics.Parse(new StringReader("face Regular\nunitsPerEm 1000\nend\n")));
    }

    [Fact]
    public void EmbeddedMetricsFile_IsCompact()
    {
        using var s = typeof(FontMetrics).Assembly.GetManifestResourceStream("ArgMap.Text.Metrics.liberation-sans.metrics");
        Assert.NotNull(s);
        Assert.InRange(s.Length, 10_000, 200_000);
    }
}
