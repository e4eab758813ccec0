using System.Globalization;

namespace ArgMap.Text.Tests;

public class TextWrapperTests
{
    private const double Size = 12;
    private const double Tolerance = 1e-6;

    private static double W(string s, FontStyle style = FontStyle.Regular) => TextMeasurer.Width(s, style, Size);

    private static IReadOnlyList<string> Wrap(string s, double maxWidth, FontStyle style = FontStyle.Regular) =>
        TextWrapper.Wrap(s, maxWidth, style, Size);

    private static int GraphemeCount(string s) => new StringInfo(s).LengthInTextElements;

    private static void AssertFits(IReadOnlyList<string> lines, double maxWidth, FontStyle style = FontStyle.Regular)
    {
        foreach (var line in lines)
        {
            Assert.True(W(line, style) <= maxWidth + Tolerance || GraphemeCount(line) == 1,
                $"'{line}' is {W(line, style)} wide, more than {maxWidth}");
            Assert.Equal(line.Trim(), line);
            Assert.DoesNotContain("  ", line);
        }
    }

    private static List<string> Graphemes(string s)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            list.Add((string)e.Current);
        }

        return list;
    }

    [Fact]
    public void ShortText_StaysOnOneLine()
    {
        Assert.Equal(["Hello world"], Wrap("Hello world", 1000));
    }

    [Fact]
    public void GreedyFill_BreaksAtSpaces()
    {
        const string text = "The quick brown fox jumps over the lazy dog";
        double max = W("The quick brown fox");
        var lines = Wrap(text, max);
        Assert.Equal(["The quick brown fox", "jumps over the lazy", "dog"], lines);
        AssertFits(lines, max);
    }

    [Fact]
    public void Wrap_NeverExceedsMaxWidth()
    {
        const string text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut " +
            "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.";
        foreach (var style in Enum.GetValues<FontStyle>())
        {
            for (double max = 20; max < 400; max += 7.3)
            {
                var lines = Wrap(text, max, style);
                AssertFits(lines, max, style);
                Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
            }
        }
    }

    [Fact]
    public void CollapsesWhitespace()
    {
        Assert.Equal(["a b c"], Wrap("  a \t  b\u3000\u3000c   ", 1000));
    }

    [Fact]
    public void NoBreakSpace_DoesNotBreak()
    {
        var lines = Wrap("aaaa 10\u00A0km", W("aaaa 10"));
        Assert.Equal(["aaaa", "10\u00A0km"], lines);
    }

    [Fact]
    public void ExplicitNewlines_StartNewLines()
    {
        Assert.Equal(["one", "two", "three"], Wrap("one\ntwo\r\nthree", 1000));
        Assert.Equal(["one", "", "two"], Wrap("one\n\n\n  \ntwo", 1000));
        Assert.Equal(["one"], Wrap("\n\none\n\n", 1000));
        Assert.Equal(["a", "b"], Wrap("a\u2028b", 1000));
    }

    [Fact]
    public void EmptyAndWhitespaceText()
    {
        Assert.Empty(Wrap("", 100));
        Assert.Equal([""], Wrap(" ", 100));
        Assert.Equal([""], Wrap(" \t\n \r\n ", 100));
    }

    [Fact]
    public void LongUrl_IsBrokenAndPreservedInFull()
    {
        const string url = "https://example.org/argument-maps/2024/very/long/path/to/a/resource?query=value&other=thing#fragment";
        double max = 120;
        var lines = Wrap("See " + url + " for details", max);
        Assert.True(lines.Count >= 3);
        AssertFits(lines, max);
        Assert.Equal(("See" + url + "fordetails"), string.Concat(lines).Replace(" ", ""));

        // Preferred breaks fall after URL delimiters.
        var urlLines = lines.Skip(1).Take(lines.Count - 2).ToList();
        Assert.Contains(urlLines, l => l.EndsWith('/') || l.EndsWith('-') || l.EndsWith('&') || l.EndsWith('?'));
    }

    [Fact]
    public void LongWordWithoutDelimiters_IsBrokenAtGraphemes()
    {
        const string word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe";
        double max = W("Donaudampf");
        var lines = Wrap(word, max);
        Assert.True(lines.Count > 3);
        AssertFits(lines, max);
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Cjk_BreaksBetweenIdeographs()
    {
        const string text = "论证图是一种可视化推理结构的工具它帮助人们理解复杂的论点";
        double max = 12 * 7.5; // 7 ideographs at 12px
        var lines = Wrap(text, max);
        Assert.True(lines.Count >= 4);
        AssertFits(lines, max);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.Equal(7, l.Length));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Cjk_DoesNotStartLineWithClosingPunctuation()
    {
        const string text = "这是一个句子。这是另一个句子，还有更多。";
        for (double max = 24; max < 200; max += 6)
        {
            var lines = Wrap(text, max);
            AssertFits(lines, max);
            Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[。，]", l));
            Assert.Equal(text, string.Concat(lines));
        }
    }

    [Fact]
    public void Cjk_BreaksBetweenClosingAndOpeningPunctuation()
    {
        var lines = Wrap("还有更多。「引用」", 12 * 5);
        Assert.Equal(["还有更多。", "「引用」"], lines);
    }

    [Fact]
    public void Japanese_MixedWithLatin()
    {
        const string text = "ArgMapは議論を可視化するツールです";
        var lines = Wrap(text, 80);
        AssertFits(lines, 80);
        Assert.Equal(text, string.Concat(lines));
        Assert.StartsWith("ArgMap", lines[0]);
    }

    [Fact]
    public void CombiningMarks_StayWithTheirBase()
    {
        // Every letter carries two combining marks; narrow width forces a break after nearly every grapheme.
        string word = string.Concat(Enumerable.Repeat("e\u0301\u0323a\u0308\u0331", 10));
        var lines = Wrap(word, W("e") * 2.5);
        Assert.True(lines.Count > 5);
        foreach (var line in lines)
        {
            Assert.False(CharUnicodeInfo.GetUnicodeCategory(line[0]) == UnicodeCategory.NonSpacingMark, line);
        }

        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void EmojiZwjFamily_KeptWhole()
    {
        const string family = "👨‍👩‍👧‍👦";
        string text = string.Concat(Enumerable.Repeat(family, 6));
        var lines = Wrap(text, 12 * 2); // room for one emoji (1.25 em) per line, not two
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.Equal(family, l));
    }

    [Fact]
    public void EmojiSequencesNeverSplit_EvenWhenWiderThanLine()
    {
        string[] emoji = ["👍🏽", "🏳️‍🌈", "🇩🇪", "1️⃣", "👩🏽‍💻", "❤️"];
        string text = "x" + string.Concat(emoji) + "y";
        var lines = Wrap(text, 5); // narrower than any emoji
        var expected = new List<string> { "x" };
        expected.AddRange(emoji);
        expected.Add("y");
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Hebrew_WrapsInLogicalOrder()
    {
        const string text = "טיעון הוא רצף של טענות שבו אחת מהן היא המסקנה והשאר הן הנחות התומכות בה";
        var lines = Wrap(text, 100);
        Assert.True(lines.Count > 2);
        AssertFits(lines, 100);
        Assert.Equal(text, string.Join(" ", lines));
        Assert.StartsWith("טיעון", lines[0]);
    }

    [Fact]
    public void Arabic_WithMarksAndBidiControls_WrapsWithoutError()
    {
        const string text = "\u2067الحُجَّة هي سلسلة من القضايا\u2069 mixed with English words and ١٢٣ numbers";
        var lines = Wrap(text, 90);
        AssertFits(lines, 90);
        Assert.Equal(text, string.Join(" ", lines));
    }

    [Fact]
    public void SingleWideGrapheme_GetsItsOwnLine()
    {
        var lines = Wrap("a W b", 2);
        Assert.Equal(["a", "W", "b"], lines);
    }

    [Fact]
    public void MaxLines_TruncatesWithEllipsis()
    {
        const string text = "The quick brown fox jumps over the lazy dog and keeps running far away";
        double max = W("The quick brown fox");
        var lines = TextWrapper.Wrap(text, max, FontStyle.Regular, Size, 2);
        Assert.Equal(2, lines.Count);
        Assert.Equal("The quick brown fox", lines[0]);
        Assert.Equal("jumps over the…", lines[1]); // cut at a word boundary, not "laz…"
        AssertFits(lines, max);
    }

    [Fact]
    public void MaxLines_NoEllipsisWhenTextFits()
    {
        var lines = TextWrapper.Wrap("short text", 1000, FontStyle.Regular, Size, 1);
        Assert.Equal(["short text"], lines);
        var exact = TextWrapper.Wrap("a b", W("a"), FontStyle.Regular, Size, 2);
        Assert.Equal(["a", "b"], exact);
    }

    [Fact]
    public void MaxLines_EllipsisOnTinyWidth()
    {
        var lines = TextWrapper.Wrap("abc def ghi", 3, FontStyle.Regular, Size, 1);
        Assert.Equal(["…"], lines);
    }

    [Fact]
    public void MaxLines_EllipsisDoesNotSplitGraphemes()
    {
        string text = "👨‍👩‍👧‍👦👨‍👩‍👧‍👦 " + string.Concat(Enumerable.Repeat("word ", 20));
        var lines = TextWrapper.Wrap(text, 12 * 3.3, FontStyle.Regular, Size, 1);
        Assert.Equal(["👨‍👩‍👧‍👦…"], lines);
    }

    [Fact]
    public void Wrap_IsDeterministic()
    {
        const string text = "Deterministic 确定性 output — שלום 👍🏽 https://example.org/a/b/c/d/e/f/g";
        var first = Wrap(text, 70);
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(first, Wrap(text, 70));
        }

        var parallel = Enumerable.Range(0, 64).AsParallel().Select(_ => string.Join("|", Wrap(text, 70))).Distinct().ToList();
        Assert.Single(parallel);
    }

    [Fact]
    public void Wrap_RejectsBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => TextWrapper.Wrap(null!, 10, FontStyle.Regular, Size));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("a", 0, FontStyle.Regular, Size));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("a", double.NaN, FontStyle.Regular, Size));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("a", 10, FontStyle.Regular, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("a", 10, FontStyle.Regular, Size, 0));
    }

    [Fact]
    public void InfiniteWidth_BreaksOnlyAtNewlines()
    {
        Assert.Equal(["a b c", "d"], TextWrapper.Wrap("a b c\nd", double.PositiveInfinity, FontStyle.Regular, Size));
    }

    [Fact]
    public void RandomText_AlwaysFitsAndLosesNothing()
    {
        var rng = new Random(42);
        string[] pieces = ["a", "W", "mm", " ", " ", "  ", "中", "。", "e\u0301", "👍🏽", "🇫🇷", "ש", "ل", "-", "/", "\n", "x"];
        for (int round = 0; round < 300; round++)
        {
            string text = string.Concat(Enumerable.Range(0, rng.Next(1, 80)).Select(_ => pieces[rng.Next(pieces.Length)]));
            double max = 5 + (rng.NextDouble() * 150);
            var lines = Wrap(text, max);
            Assert.NotEmpty(lines);
            AssertFits(lines, max);
            string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
            Assert.Equal(Squash(text), Squash(string.Concat(lines)));
            foreach (var line in lines)
            {
                // Lines are made of whole graphemes of the source text.
                Assert.All(Graphemes(line), g => Assert.Contains(g, text));
            }
        }
    }
}
