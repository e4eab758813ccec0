namespace ArgMap.Text.Tests;

public class TextLayoutTests
{
    [Fact]
    public void Measure_ReportsLinesWidthAndHeight()
    {
        var block = TextLayout.Measure("The quick brown fox jumps over the lazy dog", 120, FontStyle.Regular, 12);
        Assert.True(block.Lines.Count >= 2);
        Assert.Equal(block.Lines.Max(l => TextMeasurer.Width(l, FontStyle.Regular, 12)), block.Width, 1e-9);
        Assert.True(block.Width <= 120);
        Assert.Equal(FontMetrics.LineHeight(12), block.LineHeight, 1e-12);
        Assert.Equal(block.Lines.Count * block.LineHeight, block.Height, 1e-9);
        Assert.Equal(FontMetrics.Ascent(12) + (FontMetrics.LineGap(12) / 2), block.FirstBaseline, 1e-9);
        Assert.False(block.Truncated);
        Assert.Equal(FontStyle.Regular, block.Style);
        Assert.Equal(12, block.FontSize);
    }

    [Fact]
    public void Measure_EmptyText_IsEmptyBlock()
    {
        var block = TextLayout.Measure("", 100, FontStyle.Bold, 10);
        Assert.Empty(block.Lines);
        Assert.Equal(0, block.Width);
        Assert.Equal(0, block.Height);
    }

    [Fact]
    public void Measure_Truncated_WidthIncludesEllipsis()
    {
        const string text = "one two three four five six seven eight nine ten eleven twelve";
        var block = TextLayout.Measure(text, 60, FontStyle.Bold, 12, maxLines: 2);
        Assert.True(block.Truncated);
        Assert.Equal(2, block.Lines.Count);
        Assert.EndsWith("…", block.Lines[1]);
        Assert.Equal(block.Lines.Max(l => TextMeasurer.Width(l, FontStyle.Bold, 12)), block.Width, 1e-9);
        Assert.True(block.Width <= 60 + 1e-9);
    }

    [Fact]
    public void Measure_BoldBlockIsWider()
    {
        const string text = "Bold text needs more room";
        var regular = TextLayout.Measure(text, 1000, FontStyle.Regular, 14);
        var bold = TextLayout.Measure(text, 1000, FontStyle.Bold, 14);
        Assert.True(bold.Width > regular.Width);
    }

    [Fact]
    public void Measure_IsDeterministicAndValueEqual()
    {
        const string text = "Same input, same output: 同じ入力 👨‍👩‍👧‍👦";
        var a = TextLayout.Measure(text, 80, FontStyle.Italic, 11);
        var b = TextLayout.Measure(text, 80, FontStyle.Italic, 11);
        Assert.NotSame(a.Lines, b.Lines);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, TextLayout.Measure(text, 80, FontStyle.Bold, 11));
    }
}
