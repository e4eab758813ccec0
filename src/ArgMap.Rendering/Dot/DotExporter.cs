using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using ArgMap.Rendering.Cards;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Themes;
using ArgMap.Text;
using static ArgMap.Rendering.Num;

namespace ArgMap.Rendering.Dot;

/// <summary>
/// Writes a <see cref="Diagram.Diagram"/> as a Graphviz DOT digraph styled like our SVG, for people who continue
/// in Graphviz. Layout is left to <c>dot</c>; only the look (colours, dashes, arrowheads, shapes, card text) and
/// the structure are carried over.
/// </summary>
/// <remarks>
/// <para>
/// Direction: every relation is written conclusion -> premise with <c>dir=back</c>, so <c>dot</c> (rankdir=TB)
/// ranks the question on top and the arrowhead (<c>arrowtail</c>) is drawn at the conclusion, pointing at the node
/// that is supported or contested. Supports are solid with a <c>normal</c> arrowhead, contests dashed with a
/// <c>tee</c>, undercuts dotted with a <c>dot</c>.
/// </para>
/// <para>
/// Undercuts: DOT cannot attach an edge to an edge, so an attacked relation is split in two at an invisible point
/// node (id <c>"relation FROM -&gt; TO"</c>, which no argument id can be, as ids have no spaces), and each undercut
/// ends on that point. The conclusion half carries the arrowhead, the premise half the relation's label.
/// </para>
/// <para>
/// Cards use HTML-like labels: the kind-and-side header in bold in the side's colour, quotes in italics, footers
/// in the muted colour, one left-aligned line per card line (the card's own wrapping). Every user string is
/// escaped for the context it lands in (HTML entities in labels, backslash escapes in quoted strings).
/// </para>
/// </remarks>
public static class DotExporter
{
    public static string Export(Diagram.Diagram diagram)
    {
        var theme = diagram.Theme;
        var sb = new StringBuilder(2048 + diagram.Nodes.Count * 600);
        sb.Append("digraph \"argmap\" {\n");
        sb.Append("  graph [label=").Append(Quote(diagram.Title)).Append(", labelloc=\"t\", labeljust=\"l\", fontname=\"Arial\", fontsize=")
          .Append(F(Math.Round(diagram.FontSize * 1.55, 2))).Append(", fontcolor=").Append(Quote(theme.Text))
          .Append(", bgcolor=").Append(Quote(theme.Background)).Append(", rankdir=\"TB\", nodesep=0.3, ranksep=0.5, charset=\"UTF-8\"];\n");
        sb.Append("  node [fontname=\"Arial\", fontsize=").Append(F(diagram.FontSize)).Append(", margin=\"0.12,0.08\"];\n");
        sb.Append("  edge [fontname=\"Arial\", fontsize=11, fontcolor=").Append(Quote(theme.Text)).Append("];\n");

        sb.Append('\n');
        foreach (var node in diagram.Nodes)
        {
            WriteNode(sb, node, theme);
        }

        // Relations attacked by at least one drawn undercut, keyed by (premise, conclusion).
        var attacked = new HashSet<(string From, string To)>();
        foreach (var edge in diagram.Edges)
        {
            if (edge.Kind == EdgeKind.Undercuts && edge.ToTarget is { } target)
            {
                attacked.Add((edge.To, target));
            }
        }
        var relationEdges = diagram.Edges.Where(e => e.Kind != EdgeKind.Undercuts).ToList();
        var splitPoints = relationEdges.Where(e => attacked.Contains((e.From, e.To))).ToList();
        if (splitPoints.Count > 0)
        {
            sb.Append('\n');
            foreach (var edge in splitPoints)
            {
                sb.Append("  ").Append(Quote(SplitId(edge.From, edge.To)))
                  .Append(" [shape=point, width=0.01, height=0.01, label=\"\", tooltip=\"\"];\n");
            }
        }

        sb.Append('\n');
        foreach (var edge in relationEdges)
        {
            var style = EdgeStyle(edge.Kind, theme);
            if (attacked.Contains((edge.From, edge.To)))
            {
                var split = SplitId(edge.From, edge.To);
                sb.Append("  ").Append(Quote(edge.To)).Append(" -> ").Append(Quote(split)).Append(" [").Append(style).Append("];\n");
                sb.Append("  ").Append(Quote(split)).Append(" -> ").Append(Quote(edge.From)).Append(" [")
                  .Append(EdgeStyle(edge.Kind, theme, arrow: false)).Append(LabelAttribute(edge)).Append("];\n");
            }
            else
            {
                sb.Append("  ").Append(Quote(edge.To)).Append(" -> ").Append(Quote(edge.From)).Append(" [")
                  .Append(style).Append(LabelAttribute(edge)).Append("];\n");
            }
        }
        foreach (var edge in diagram.Edges.Where(e => e.Kind == EdgeKind.Undercuts && e.ToTarget is not null))
        {
            sb.Append("  ").Append(Quote(SplitId(edge.To, edge.ToTarget!))).Append(" -> ").Append(Quote(edge.From)).Append(" [")
              .Append(EdgeStyle(edge.Kind, theme)).Append(LabelAttribute(edge)).Append("];\n");
        }
        WriteNotes(sb, diagram);
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>The id of the node holding the caption and source notes (contains a space: never an argument id).</summary>
    public const string NotesId = "argmap notes";

    /// <summary>
    /// The caption and numbered source notes, as one text node on the bottom rank: the cards cite notes by number,
    /// so the numbers must lead somewhere in the exported graph too.
    /// </summary>
    private static void WriteNotes(StringBuilder sb, Diagram.Diagram diagram)
    {
        if (diagram.Footer.Count == 0)
        {
            return;
        }
        var label = new StringBuilder();
        foreach (var line in diagram.Footer)
        {
            var text = new StringBuilder();
            foreach (var run in line.Runs)
            {
                text.Append(run.Italic ? "<i>" + Html(run.Text) + "</i>" : Html(run.Text));
            }
            var body = line.Bold ? "<b>" + text + "</b>" : text.ToString();
            var color = line.Muted ? diagram.Theme.MutedText : diagram.Theme.Text;
            label.Append("<font color=\"").Append(color).Append("\" point-size=\"").Append(F(line.FontSize)).Append("\">")
                 .Append(body).Append("</font><br align=\"left\"/>");
        }
        sb.Append('\n');
        sb.Append("  ").Append(Quote(NotesId)).Append(" [shape=plaintext, margin=0, tooltip=\"Sources\", label=<").Append(label).Append(">];\n");
        sb.Append("  { rank=sink; ").Append(Quote(NotesId)).Append("; }\n");
    }

    /// <summary>The id of the invisible point that splits the relation FROM -> TO (contains a space: never an argument id).</summary>
    public static string SplitId(string from, string to) => $"relation {from} -> {to}";

    private static void WriteNode(StringBuilder sb, DiagramNode node, Theme theme)
    {
        var card = node.Card;
        var sideColor = SideColor(card.Side, theme);
        var (shape, style, fill, stroke, penwidth) = card.Node.Kind switch
        {
            NodeKind.Question => ("box", "rounded,filled", theme.QuestionFill, theme.QuestionFill, "1"),
            NodeKind.Evidence => ("box", "rounded,filled", theme.EvidenceFill, theme.BoxStroke, "1"),
            NodeKind.Rebuttal => ("octagon", "filled", theme.RebuttalFill, sideColor, "1.5"),
            _ => ("box", "rounded,filled", theme.ClaimFill, theme.BoxStroke, "1"),
        };
        sb.Append("  ").Append(Quote(card.Node.Id)).Append(" [shape=").Append(shape).Append(", style=").Append(Quote(style))
          .Append(", fillcolor=").Append(Quote(fill)).Append(", color=").Append(Quote(stroke)).Append(", penwidth=").Append(penwidth)
          .Append(", fontcolor=").Append(Quote(card.Node.Kind == NodeKind.Question ? theme.QuestionText : theme.Text))
          .Append(", tooltip=").Append(Quote(card.FullText))
          .Append(", label=<").Append(HtmlLabel(card, theme, sideColor)).Append(">];\n");
    }

    /// <summary>One left-aligned line per card line, styled by role; an empty card still gets its id.</summary>
    private static string HtmlLabel(NodeCard card, Theme theme, string sideColor)
    {
        var sb = new StringBuilder();
        var isQuestion = card.Node.Kind == NodeKind.Question;
        if (card.Lines.Count == 0)
        {
            return Html(card.Node.Id);
        }
        foreach (var line in card.Lines)
        {
            var text = Html(line.Text);
            var color = line.Role switch
            {
                TextRole.Header when isQuestion => theme.QuestionText,
                TextRole.Header => card.Side == Side.None ? theme.MutedText : theme.Name == "print" ? theme.Text : sideColor,
                TextRole.Footer => theme.MutedText,
                _ => null,
            };
            var size = Math.Abs(line.FontSize - 13) < 0.001 ? null : F(line.FontSize);
            if (line.Style == FontStyle.Bold)
            {
                text = "<b>" + text + "</b>";
            }
            else if (line.Style == FontStyle.Italic)
            {
                text = "<i>" + text + "</i>";
            }
            if (color is not null || size is not null)
            {
                var attrs = new StringBuilder();
                if (color is not null)
                {
                    attrs.Append(" color=\"").Append(color).Append('"');
                }
                if (size is not null)
                {
                    attrs.Append(" point-size=\"").Append(size).Append('"');
                }
                text = $"<font{attrs}>{text}</font>";
            }
            sb.Append(text).Append("<br align=\"left\"/>");
        }
        return sb.ToString();
    }

    private static string EdgeStyle(EdgeKind kind, Theme theme, bool arrow = true)
    {
        var (color, style, head, width) = kind switch
        {
            EdgeKind.Supports => (theme.SupportColor, "solid", "normal", "1.6"),
            EdgeKind.Contests => (theme.ContestColor, "dashed", "tee", "1.8"),
            _ => (theme.UndercutColor, "dotted", "dot", "1.8"),
        };
        var sb = new StringBuilder();
        sb.Append("class=\"").Append(kind.ToString().ToLowerInvariant()).Append("\", color=").Append(Quote(color))
          .Append(", style=").Append(style).Append(", penwidth=").Append(width);
        sb.Append(arrow ? $", dir=back, arrowtail={head}" : ", dir=none");
        return sb.ToString();
    }

    private static string LabelAttribute(DiagramEdge edge) =>
        edge.Label is { Length: > 0 } label ? ", label=" + Quote(" " + label + " ") : "";

    private static string SideColor(Side side, Theme theme) => side switch
    {
        Side.Yes => theme.YesColor,
        Side.No => theme.NoColor,
        _ => theme.NeutralColor,
    };

    /// <summary>
    /// A DOT quoted string for an id or an escString attribute: backslashes doubled (so <c>\n</c>, <c>\N</c> and
    /// friends in user text stay literal), quotes escaped, line breaks turned into centred <c>\n</c> breaks, and
    /// characters XML cannot hold dropped (Graphviz writes SVG). For node ids this mapping is injective, so ids stay
    /// distinct; dot keeps a name's backslashes as written, so an id with a backslash appears with it doubled
    /// (DOT has no way to write a name that ends in a single backslash).
    /// </summary>
    public static string Quote(string text)
    {
        var clean = XmlText.RemoveIllegal(text).Replace("\r\n", "\n").Replace('\r', '\n');
        var sb = new StringBuilder(clean.Length + 2);
        sb.Append('"');
        foreach (var c in clean)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text inside an HTML-like label: markup characters as entities, line breaks as spaces.</summary>
    public static string Html(string text)
    {
        var clean = XmlText.RemoveIllegal(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\r' or '\t': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
