using System.Text;
using ArgMap.Layout;
using ArgMap.Rendering.Cards;
using ArgMap.Rendering.Themes;
using ArgMap.Reasoning;
using static ArgMap.Rendering.Num;

namespace ArgMap.Rendering.Svg;

/// <summary>
/// The IN / OUT / UNDEC badge of <c>render --status</c>: the word itself carries the meaning (greyscale-safe); IN is
/// a filled pill, OUT an outlined one, UNDEC a dashed outline.
/// </summary>
internal static class SvgStatusBadge
{
    public static void Write(StringBuilder svg, Rect box, Label status, Theme theme)
    {
        var x = box.Right - CardMetrics.PaddingX - CardMetrics.BadgeWidth;
        var y = box.Y + 5;
        var (fill, stroke, text, dash) = status switch
        {
            Label.In => (theme.SupportColor, theme.SupportColor, theme.Background, null),
            Label.Out => (theme.Background, theme.MutedText, theme.MutedText, (string?)null),
            _ => (theme.Background, theme.Text, theme.Text, "3 2"),
        };
        svg.Append("<g class=\"status-badge\"><rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"").Append(F(CardMetrics.BadgeWidth))
           .Append("\" height=\"").Append(F(CardMetrics.BadgeHeight)).Append("\" rx=\"7\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append('"');
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }
        svg.Append("/><text x=\"").Append(F(x + CardMetrics.BadgeWidth / 2)).Append("\" y=\"").Append(F(y + 10.5)).Append("\" font-size=\"9\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"")
           .Append(text).Append("\">").Append(SvgExporter.StatusWord(status).ToUpperInvariant()).Append("</text></g>\n");
    }
}
