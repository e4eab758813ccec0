namespace ArgMap.Text.Tests;

public class TextMeasurerTests
{
    private static double Em(string s, FontStyle style = FontStyle.Regular) => TextMeasurer.Width(s, style, 1);

    [Fact]
    public void Width_IsSumOfAdvances()
    {
        // "Wii" = 944 + 222 + 222 per 1000.
        Assert.Equal(1.388, Em("Wii"), 0.002);
        Assert.Equal(0, Em(""));
        Assert.Equal(Em("a") * 10, Em("aaaaaaaaaa"), 1e-9);
    }

    [Fact]
    public void Width_ScalesWithFontSize()
    {
        Assert.Equal(Em("Hello, world") * 14, TextMeasurer.Width("Hello, world", FontStyle.Regular, 14), 1e-9);
    }

    [Fact]
    public void Bold_IsWiderThanRegular()
    {
        const string s = "The quick brown fox jumps over the lazy dog";
        Assert.True(Em(s, FontStyle.Bold) > Em(s, FontStyle.Regular) * 1.03);
    }

    [Fact]
    public void Italic_MatchesRegularForArialMetrics()
    {
        const string s = "The quick brown fox";
        Assert.Equal(Em(s, FontStyle.Regular), Em(s, FontStyle.Italic), 0.05);
    }

    [Fact]
    public void CombiningMarks_AddNothing()
    {
        Assert.Equal(Em("e"), Em("e\u0301"), 1e-9);
        Assert.Equal(Em("a"), Em("a\u0308\u0323"), 1e-9);
    }

    [Fact]
    public void Cjk_IsOneEmPerCharacter()
    {
        Assert.Equal(4, Em("中文字符"), 1e-6);
        Assert.Equal(3, Em("ひらが"), 1e-6);
        Assert.Equal(2, Em("한국"), 1e-6);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("👍🏽")]                       // skin tone
    [InlineData("👨‍👩‍👧‍👦")]   // ZWJ family
    [InlineData("🏳️‍🌈")]                    // VS16 + ZWJ
    [InlineData("👩🏽‍💻")]                  // modifier + ZWJ
    [InlineData("🇩🇪")]                        // flag
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿")]                        // tag sequence
    [InlineData("❤️")]                          // BMP + VS16
    [InlineData("☺️")]                          // font-mapped BMP + VS16
    [InlineData("1️⃣")]                         // keycap
    public void Emoji_CountsOncePerGrapheme(string emoji)
    {
        Assert.Equal(FontMetrics.EmojiAdvanceEm, Em(emoji), 1e-6);
        Assert.Equal(2 * FontMetrics.EmojiAdvanceEm, Em(emoji + emoji), 1e-6);
    }

    [Fact]
    public void FormatAndBidiControls_AddNothing()
    {
        Assert.Equal(Em("ab"), Em("a\u200Db"), 1e-9);
        Assert.Equal(Em("ab"), Em("a\u200Cb"), 1e-9);
        Assert.Equal(Em("ab"), Em("\u202Ba\u202Cb\u200F"), 1e-9);
        Assert.Equal(Em("ab"), Em("\u2067ab\u2069"), 1e-9);
    }

    [Fact]
    public void Hebrew_UsesFontWidths_ArabicFallsBack()
    {
        Assert.InRange(Em("שלום"), 1.5, 3);
        Assert.InRange(Em("سلام"), 1.5, 3.5);
    }

    [Fact]
    public void LoneSurrogates_DoNotThrow()
    {
        Assert.True(Em("a\uD83Db") > Em("ab"));
        Assert.True(Em("a\uDE00") > Em("a"));
    }

    [Fact]
    public void Width_SpanOverloadMatchesString()
    {
        const string s = "Argument maps 🧭 are fun";
        Assert.Equal(TextMeasurer.Width(s, FontStyle.Bold, 13), TextMeasurer.Width(s.AsSpan(), FontStyle.Bold, 13));
    }

    [Fact]
    public void Width_RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => TextMeasurer.Width((string)null!, FontStyle.Regular, 10));
    }
}
