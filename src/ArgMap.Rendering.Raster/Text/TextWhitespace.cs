using System.Text;

namespace ArgMap.Rendering.Raster.Text;

/// <summary>
/// xml:space as SVG 1.1 (section 10.15) defines it and rsvg-convert applies it, over the pieces of one text
/// element in document order. "default": newlines are removed, tabs become spaces, spaces at the start and end of
/// the element are dropped and runs of spaces collapse to one, also across tspan boundaries. "preserve": newlines
/// and tabs become spaces, nothing else changes.
/// </summary>
internal static class TextWhitespace
{
    public static void Apply(List<TextPiece> pieces)
    {
        var afterSpace = true; // at the start of the element, so leading spaces are dropped
        TextPiece? last = null;
        var builder = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Text.Length == 0)
                continue;
            if (piece.Style.PreserveSpace)
            {
                piece.Text = piece.Text.Replace('\n', ' ').Replace('\t', ' '); // XML already made \r\n one \n
                afterSpace = piece.Text[^1] == ' ';
            }
            else
            {
                builder.Clear();
                foreach (var c in piece.Text)
                {
                    if (c is '\n' or '\r')
                        continue;
                    var isSpace = c is ' ' or '\t';
                    if (isSpace && afterSpace)
                        continue;
                    builder.Append(isSpace ? ' ' : c);
                    afterSpace = isSpace;
                }
                piece.Text = builder.ToString();
            }
            if (piece.Text.Length > 0)
                last = piece;
        }

        if (last is { Style.PreserveSpace: false } && last.Text[^1] == ' ')
            last.Text = last.Text[..^1];
    }
}
