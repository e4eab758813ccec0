namespace ArgMap.Text;

/// <summary>
/// One-call text layout: wraps with <see cref="TextWrapper"/> and measures the result.
/// </summary>
public static class TextLayout
{
    /// <summary>
    /// Wraps <paramref name="text"/> to <paramref name="maxWidth"/> and returns its lines and size.
    /// </summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="maxWidth">Greatest line width, in the units of <paramref name="fontSize"/>; greater than 0.</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size); finite and not negative.</param>
    public static TextBlock Measure(string text, double maxWidth, FontStyle style, double fontSize) =>
        Measure(text, maxWidth, style, fontSize, int.MaxValue);

    /// <summary>
    /// Like <see cref="Measure(string, double, FontStyle, double)"/>, keeping at most <paramref name="maxLines"/>
    /// lines and ending the last with '…' when text had to be cut.
    /// </summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="maxWidth">Greatest line width, in the units of <paramref name="fontSize"/>; greater than 0.</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size); finite and not negative.</param>
    /// <param name="maxLines">Greatest number of lines; at least 1.</param>
    public static TextBlock Measure(string text, double maxWidth, FontStyle style, double fontSize, int maxLines)
    {
        var result = TextWrapper.WrapCore(text, maxWidth, style, fontSize, maxLines);
        double lineHeight = FontMetrics.LineHeight(fontSize, style);
        double firstBaseline = (FontMetrics.LineGap(fontSize, style) / 2) + FontMetrics.Ascent(fontSize, style);
        return new TextBlock(
            result.Lines,
            result.MaxLineEm * fontSize,
            result.Lines.Count * lineHeight,
            lineHeight,
            firstBaseline,
            style,
            fontSize,
            result.Truncated);
    }
}
