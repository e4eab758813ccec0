using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Layout;
using ArgMap.Rendering.Cards;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Themes;
using ArgMap.Text;
using static ArgMap.Rendering.Num;
using static ArgMap.Rendering.Svg.SvgText;

namespace ArgMap.Rendering.Svg;

/// <summary>
/// Writes a <see cref="Diagram.Diagram"/> as a self-contained SVG: presentation attributes only (no CSS, scripts,
/// external fonts or images, no foreignObject), every user string escaped, links only to safe targets, and the
/// documented data-* contract on every node and edge group. Same diagram, same bytes.
/// </summary>
public static class SvgExporter
{
    /// <summary>
    /// The SVG text. With <paramref name="interactive"/> (for the HTML map) every node is also keyboard-focusable,
    /// with a button role and an accessible name, so a script can open its details on click or Enter.
    /// </summary>
    public static string Export(Diagram.Diagram diagram, bool interactive = false)
    {
        var writer = new StringWriter(new StringBuilder(4096 + diagram.Nodes.Count * 2200)) { NewLine = "\n" };
        Export(diagram, writer, interactive);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the SVG to <paramref name="output"/> as it goes, so a 100,000-node map never exists as one string in
    /// memory (its SVG is about 200 MB).
    /// </summary>
    public static void Export(Diagram.Diagram diagram, TextWriter output, bool interactive = false)
    {
        var theme = diagram.Theme;
        var svg = new StringBuilder(64 * 1024);
        void FlushIfLarge()
        {
            if (svg.Length > 32 * 1024)
            {
                output.Write(svg);
                svg.Clear();
            }
        }
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
           .Append(" width=\"").Append(F(diagram.Width)).Append("\" height=\"").Append(F(diagram.Height))
           .Append("\" viewBox=\"0 0 ").Append(F(diagram.Width)).Append(' ').Append(F(diagram.Height))
           .Append("\" role=\"img\" aria-labelledby=\"argmap-title argmap-desc\"")
           .Append(" font-family=\"").Append(Escape(FontMetrics.SvgFontFamily)).Append("\">\n");
        svg.Append("<title id=\"argmap-title\">").Append(Escape(diagram.Title)).Append("</title>\n");
        svg.Append("<desc id=\"argmap-desc\">").Append(Escape(diagram.Description)).Append("</desc>\n");
        SvgMarkers.WriteDefs(svg, theme);
        svg.Append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").Append(F(diagram.Width)).Append("\" height=\"").Append(F(diagram.Height))
           .Append("\" fill=\"").Append(theme.Background).Append("\"/>\n");

        svg.Append("<g class=\"header\">\n");
        foreach (var line in diagram.Header)
        {
            WritePlacedText(svg, line, theme);
        }
        svg.Append("</g>\n<g class=\"edges\">\n");
        foreach (var edge in diagram.Edges)
        {
            FlushIfLarge();
            WriteEdge(svg, edge, theme);
        }
        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var node in diagram.Nodes)
        {
            FlushIfLarge();
            WriteNode(svg, node, theme, interactive);
        }
        svg.Append("</g>\n");
        if (diagram.LegendBox is { } legend)
        {
            SvgLegend.Write(svg, legend, theme, diagram.FontSize);
        }
        if (diagram.Footer.Count > 0)
        {
            svg.Append("<g class=\"notes\">\n");
            foreach (var line in diagram.Footer)
            {
                FlushIfLarge();
                WritePlacedText(svg, line, theme);
            }
            svg.Append("</g>\n");
        }
        svg.Append("</svg>\n");
        output.Write(svg);
    }

    private static void WriteEdge(StringBuilder svg, DiagramEdge edge, Theme theme)
    {
        var kind = edge.Kind.ToString().ToLowerInvariant();
        var color = SvgMarkers.Color(theme, edge.Kind);
        svg.Append("<g class=\"edge edge-").Append(kind).Append("\" data-from=\"").Append(Escape(edge.From))
           .Append("\" data-to=\"").Append(Escape(edge.To)).Append('"');
        if (edge.ToTarget is { } target)
        {
            svg.Append(" data-to-target=\"").Append(Escape(target)).Append('"');
        }
        svg.Append(">\n<path d=\"").Append(edge.Route.ToSvgPath()).Append("\" fill=\"none\" stroke=\"").Append(color)
           .Append("\" stroke-width=\"").Append(F(SvgMarkers.Width(edge.Kind))).Append('"');
        if (SvgMarkers.Dash(edge.Kind) is { } dash)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }
        svg.Append(" marker-end=\"url(#").Append(SvgMarkers.Id(edge.Kind)).Append(")\"/>\n");
        if (edge.Label is { Length: > 0 } label)
        {
            // The box EdgeLabelPlacement placed clear of cards and undercuts.
            var size = EdgeLabelPlacement.FontSize;
            var width = EdgeLabelPlacement.Width(label);
            var at = edge.LabelAt;
            svg.Append("<rect x=\"").Append(F(at.X - width / 2)).Append("\" y=\"").Append(F(at.Y - EdgeLabelPlacement.Height / 2)).Append("\" width=\"").Append(F(width))
               .Append("\" height=\"").Append(F(EdgeLabelPlacement.Height)).Append("\" rx=\"3\" fill=\"").Append(theme.Background).Append("\" stroke=\"").Append(color).Append("\" stroke-width=\"0.8\"/>\n");
            svg.Append("<text x=\"").Append(F(at.X)).Append("\" y=\"").Append(F(at.Y + 4)).Append("\" font-size=\"").Append(F(size))
               .Append("\" text-anchor=\"middle\" fill=\"").Append(theme.Text).Append("\">").Append(Escape(label)).Append("</text>\n");
        }
        svg.Append("</g>\n");
    }

    private static void WriteNode(StringBuilder svg, DiagramNode node, Theme theme, bool interactive)
    {
        var card = node.Card;
        var box = node.Box;
        var type = card.Node.Kind.ToString().ToLowerInvariant();
        svg.Append("<g class=\"node node-").Append(type).Append("\" data-id=\"").Append(Escape(card.Node.Id))
           .Append("\" data-type=\"").Append(type).Append("\" data-side=\"").Append(card.Side.ToWord())
           .Append("\" data-x=\"").Append(F(box.X)).Append("\" data-y=\"").Append(F(box.Y))
           .Append("\" data-w=\"").Append(F(box.Width)).Append("\" data-h=\"").Append(F(box.Height)).Append('"');
        // The question is never faded: its OUT only says the "yes" side does not stand.
        var defeated = card.Status == ArgMap.Reasoning.Label.Out && card.Node.Kind != NodeKind.Question;
        if (card.Status is { } status)
        {
            svg.Append(" data-status=\"").Append(StatusWord(status)).Append('"');
            if (defeated)
            {
                svg.Append(" opacity=\"0.6\"");
            }
        }
        if (interactive)
        {
            var name = card.FullText.Length <= 160 ? card.FullText : card.FullText[..157] + "...";
            svg.Append(" tabindex=\"0\" role=\"button\" aria-label=\"").Append(Escape(name)).Append('"');
        }
        svg.Append(">\n");
        svg.Append("<title>").Append(Escape(card.FullText)).Append("</title>\n");
        var sideColor = card.Side switch
        {
            Side.Yes => theme.YesColor,
            Side.No => theme.NoColor,
            _ => theme.NeutralColor,
        };
        var (fill, stroke) = card.Node.Kind switch
        {
            NodeKind.Question => (theme.QuestionFill, theme.QuestionFill),
            NodeKind.Evidence => (theme.EvidenceFill, theme.BoxStroke),
            NodeKind.Rebuttal => (theme.RebuttalFill, sideColor),
            _ => (theme.ClaimFill, theme.BoxStroke),
        };
        svg.Append("<path d=\"").Append(card.Node.Kind == NodeKind.Rebuttal ? ChamferedBox(box) : RoundedBox(box))
           .Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke)
           .Append("\" stroke-width=\"").Append(card.Node.Kind == NodeKind.Rebuttal ? "1.5" : "1").Append("\"/>\n");
        if (card.Node.Kind != NodeKind.Question)
        {
            svg.Append("<path class=\"side-band\" d=\"").Append(card.Node.Kind == NodeKind.Rebuttal ? ChamferedBand(box) : RoundedBand(box))
               .Append("\" fill=\"").Append(sideColor).Append("\"/>\n");
        }
        if (card.Status is { } badge)
        {
            SvgStatusBadge.Write(svg, box, badge, theme);
        }
        svg.Append("<text x=\"").Append(F(box.X)).Append("\" y=\"").Append(F(box.Y)).Append("\">");
        foreach (var line in card.Lines)
        {
            svg.Append("<tspan x=\"").Append(F(box.X + line.X)).Append("\" y=\"").Append(F(box.Y + line.Baseline))
               .Append("\" font-size=\"").Append(F(line.FontSize)).Append('"');
            if (line.Style == FontStyle.Bold)
            {
                svg.Append(" font-weight=\"bold\"");
            }
            else if (line.Style == FontStyle.Italic)
            {
                svg.Append(" font-style=\"italic\"");
            }
            if (defeated && line.Role is TextRole.Body or TextRole.Tag or TextRole.Quote)
            {
                svg.Append(" text-decoration=\"line-through\"");
            }
            svg.Append(" fill=\"").Append(LineColor(line.Role, card, theme, sideColor)).Append("\">").Append(Escape(line.Text)).Append("</tspan>");
        }
        svg.Append("</text>\n</g>\n");
    }

    internal static string StatusWord(ArgMap.Reasoning.Label status) => status switch
    {
        ArgMap.Reasoning.Label.In => "in",
        ArgMap.Reasoning.Label.Out => "out",
        _ => "undec",
    };

    private static string LineColor(TextRole role, NodeCard card, Theme theme, string sideColor) => role switch
    {
        TextRole.Header when card.Node.Kind == NodeKind.Question => theme.QuestionText,
        TextRole.Header => card.Side == Side.None ? theme.MutedText : HeaderColor(theme, sideColor),
        TextRole.Question => theme.QuestionText,
        TextRole.Footer => theme.MutedText,
        _ => theme.Text,
    };

    /// <summary>Side labels need contrast on a light card: the print theme's grey "no" is darkened.</summary>
    private static string HeaderColor(Theme theme, string sideColor) =>
        theme.Name == "print" ? theme.Text : sideColor == "#e69f00" && theme.Name == "default" ? "#a66f00" : sideColor;

    private static void WritePlacedText(StringBuilder svg, PlacedText line, Theme theme)
    {
        if (line.Link is { } href)
        {
            svg.Append("<a href=\"").Append(Escape(href)).Append("\">");
        }
        svg.Append("<text x=\"").Append(F(line.X)).Append("\" y=\"").Append(F(line.Baseline)).Append("\" font-size=\"").Append(F(line.FontSize))
           .Append("\" fill=\"").Append(line.Muted ? theme.MutedText : theme.Text).Append("\" xml:space=\"preserve\"");
        if (line.Bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }
        svg.Append('>');
        foreach (var run in line.Runs)
        {
            if (run.Italic)
            {
                svg.Append("<tspan font-style=\"italic\">").Append(Escape(run.Text)).Append("</tspan>");
            }
            else
            {
                svg.Append(Escape(run.Text));
            }
        }
        svg.Append("</text>");
        if (line.Link is not null)
        {
            svg.Append("</a>");
        }
        svg.Append('\n');
    }

    private static string RoundedBox(Rect b)
    {
        var r = CardMetrics.CornerRadius;
        return $"M {F(b.X + r)} {F(b.Y)} H {F(b.Right - r)} A {F(r)} {F(r)} 0 0 1 {F(b.Right)} {F(b.Y + r)} V {F(b.Bottom - r)} A {F(r)} {F(r)} 0 0 1 {F(b.Right - r)} {F(b.Bottom)} H {F(b.X + r)} A {F(r)} {F(r)} 0 0 1 {F(b.X)} {F(b.Bottom - r)} V {F(b.Y + r)} A {F(r)} {F(r)} 0 0 1 {F(b.X + r)} {F(b.Y)} Z";
    }

    private static string RoundedBand(Rect b)
    {
        var r = CardMetrics.CornerRadius;
        var w = CardMetrics.SideBand;
        return $"M {F(b.X + r)} {F(b.Y)} H {F(b.X + w + 1)} V {F(b.Bottom)} H {F(b.X + r)} A {F(r)} {F(r)} 0 0 1 {F(b.X)} {F(b.Bottom - r)} V {F(b.Y + r)} A {F(r)} {F(r)} 0 0 1 {F(b.X + r)} {F(b.Y)} Z";
    }

    /// <summary>Rebuttals have cut corners, so they stand apart from claims without colour.</summary>
    private static string ChamferedBox(Rect b)
    {
        var c = 9.0;
        return $"M {F(b.X + c)} {F(b.Y)} H {F(b.Right - c)} L {F(b.Right)} {F(b.Y + c)} V {F(b.Bottom - c)} L {F(b.Right - c)} {F(b.Bottom)} H {F(b.X + c)} L {F(b.X)} {F(b.Bottom - c)} V {F(b.Y + c)} Z";
    }

    private static string ChamferedBand(Rect b)
    {
        var c = 9.0;
        var w = CardMetrics.SideBand;
        return $"M {F(b.X + w + 1)} {F(b.Y + c - w - 1)} V {F(b.Bottom - c + w + 1)} L {F(b.X)} {F(b.Bottom - c)} V {F(b.Y + c)} Z";
    }
}
