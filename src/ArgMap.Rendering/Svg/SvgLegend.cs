using System.Text;
using ArgMap.Layout;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Themes;
using ArgMap.Text;
using static ArgMap.Rendering.Num;

namespace ArgMap.Rendering.Svg;

/// <summary>The legend: one sample of each edge kind and each side colour, in a row.</summary>
internal static class SvgLegend
{
    public static void Write(StringBuilder svg, Rect box, Theme theme, double fontSize)
    {
        var size = Math.Round(fontSize * 0.85, 2);
        var baseline = box.Y + box.Height / 2 + size * 0.35;
        var mid = box.Y + box.Height / 2;
        var x = box.X + 10;
        svg.Append("<g class=\"legend\">\n");
        svg.Append("<rect x=\"").Append(F(box.X)).Append("\" y=\"").Append(F(box.Y)).Append("\" width=\"").Append(F(box.Width))
           .Append("\" height=\"").Append(F(box.Height)).Append("\" rx=\"4\" fill=\"").Append(theme.LegendFill)
           .Append("\" stroke=\"").Append(theme.BoxStroke).Append("\" stroke-width=\"0.6\"/>\n");
        foreach (var (kind, label) in new[] { (EdgeKind.Supports, "supports"), (EdgeKind.Contests, "contests"), (EdgeKind.Undercuts, "undercuts (attacks an inference)") })
        {
            svg.Append("<path d=\"M ").Append(F(x)).Append(' ').Append(F(mid)).Append(" H ").Append(F(x + 34))
               .Append("\" fill=\"none\" stroke=\"").Append(SvgMarkers.Color(theme, kind)).Append("\" stroke-width=\"").Append(F(SvgMarkers.Width(kind))).Append('"');
            if (SvgMarkers.Dash(kind) is { } dash)
            {
                svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
            }
            svg.Append(" marker-end=\"url(#").Append(SvgMarkers.Id(kind)).Append(")\"/>\n");
            x += 42;
            x = Label(svg, label, x, baseline, size, theme) + 18;
        }
        foreach (var (color, label) in new[] { (theme.YesColor, "yes side"), (theme.NoColor, "no side") })
        {
            svg.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(mid - 7)).Append("\" width=\"6\" height=\"14\" fill=\"").Append(color).Append("\"/>\n");
            x = Label(svg, label, x + 11, baseline, size, theme) + 16;
        }
        svg.Append("</g>\n");
    }

    private static double Label(StringBuilder svg, string text, double x, double baseline, double size, Theme theme)
    {
        svg.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(baseline)).Append("\" font-size=\"").Append(F(size))
           .Append("\" fill=\"").Append(theme.Text).Append("\">").Append(text).Append("</text>\n");
        return x + TextMeasurer.Width(text, FontStyle.Regular, size);
    }
}
