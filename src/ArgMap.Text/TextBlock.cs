namespace ArgMap.Text;

/// <summary>
/// Wrapped, measured text: what a renderer needs to size a box and place one SVG <c>tspan</c> per line.
/// Produced by <see cref="TextLayout.Measure(string, double, FontStyle, double)"/>.
/// </summary>
/// <remarks>
/// Line <c>k</c> (0-based) has its baseline at <c>top + FirstBaseline + k × LineHeight</c>.
/// Equality compares the lines element by element, so equal inputs give equal blocks.
/// </remarks>
/// <param name="Lines">The lines, in logical order; empty only for empty text.</param>
/// <param name="Width">Width of the widest line.</param>
/// <param name="Height">Height of the block: <c>Lines.Count × LineHeight</c>.</param>
/// <param name="LineHeight">Distance between consecutive baselines (<see cref="FontMetrics.LineHeight"/>).</param>
/// <param name="FirstBaseline">Offset of the first baseline below the top: half the line gap plus the ascent.</param>
/// <param name="Style">The face the text was measured in.</param>
/// <param name="FontSize">The font size the text was measured at.</param>
/// <param name="Truncated">True if text was cut to honour a line limit and the last line ends with '…'.</param>
public sealed record TextBlock(
    IReadOnlyList<string> Lines,
    double Width,
    double Height,
    double LineHeight,
    double FirstBaseline,
    FontStyle Style,
    double FontSize,
    bool Truncated)
{
    /// <summary>Value equality, with <see cref="Lines"/> compared element by element.</summary>
    public bool Equals(TextBlock? other) =>
        other is not null
        && Lines.SequenceEqual(other.Lines)
        && Width.Equals(other.Width)
        && Height.Equals(other.Height)
        && LineHeight.Equals(other.LineHeight)
        && FirstBaseline.Equals(other.FirstBaseline)
        && Style == other.Style
        && FontSize.Equals(other.FontSize)
        && Truncated == other.Truncated;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var line in Lines)
        {
            hash.Add(line, StringComparer.Ordinal);
        }

        hash.Add(Width);
        hash.Add(Height);
        hash.Add(Style);
        hash.Add(FontSize);
        hash.Add(Truncated);
        return hash.ToHashCode();
    }
}
