using System.Text;
using System.Xml;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using XmlText = ArgMap.Core.Text.XmlText;
using ArgMap.Layout;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Themes;
using static ArgMap.Rendering.Num;

namespace ArgMap.Rendering.GraphMl;

/// <summary>
/// Writes a <see cref="Diagram.Diagram"/> as GraphML with yEd's graphics extensions, so the map opens laid out as
/// we drew it in yEd (and in draw.io, which imports yEd GraphML), while plain GraphML tools still get the data.
/// </summary>
/// <remarks>
/// <para>
/// Keys: <c>d0</c>/<c>d1</c> are yEd's node and edge graphics; the rest are plain string keys declared with
/// <c>attr.name</c>/<c>attr.type</c>: for nodes <c>id</c> (the argument id), <c>type</c>, <c>side</c>, <c>text</c>,
/// <c>quote</c>, <c>source</c> (the source id, and " as cited in " the citedIn id), <c>by</c>; for edges
/// <c>kind</c> (supports / contests / undercuts), <c>label</c>, <c>relation</c> ("FROM -&gt; TO": the relation an
/// edge draws, or the one an undercut attacks); for the graph <c>title</c>.
/// </para>
/// <para>
/// Ids: GraphML ids are XML name tokens, which user strings need not be, so nodes are <c>n0</c>, <c>n1</c>, ... in
/// diagram order and edges <c>e0</c>, <c>e1</c>, ...; the argument id is in the <c>id</c> data.
/// </para>
/// <para>
/// Undercuts: GraphML edges cannot end on edges. Each attacked relation gets a junction node (<c>type</c>
/// "junction", 1 x 1, no fill or border) centred where our layout ends the undercut, on the middle of the attacked
/// edge; the attacked edge stays one edge (so the relation is one edge for data tools) and is routed through the
/// junction by a bend point, and each undercut is a dotted edge from the attacker to the junction with a
/// <c>circle</c> arrowhead. Edge bends follow our routes (each cubic piece sampled at its middle; yEd smooths them).
/// </para>
/// </remarks>
public static class GraphMlExporter
{
    public const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    public const string YNamespace = "http://www.yworks.com/xml/graphml";

    private static readonly (string Id, string For, string Name)[] DataKeys =
    [
        ("d2", "node", "id"),
        ("d3", "node", "type"),
        ("d4", "node", "side"),
        ("d5", "node", "text"),
        ("d6", "node", "quote"),
        ("d7", "node", "source"),
        ("d8", "node", "by"),
        ("d9", "edge", "kind"),
        ("d10", "edge", "label"),
        ("d11", "edge", "relation"),
        ("d12", "graph", "title"),
    ];

    public static string Export(Diagram.Diagram diagram)
    {
        var theme = diagram.Theme;
        var sb = new StringBuilder(4096 + diagram.Nodes.Count * 1500);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = true,
        };
        // The declaration is written by hand: a StringBuilder-backed writer would declare UTF-16.
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        using (var xml = XmlWriter.Create(sb, settings))
        {
            xml.WriteStartElement("graphml", GraphMlNamespace);
            xml.WriteAttributeString("xmlns", GraphMlNamespace); // declared first, as yEd writes it
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xmlns", "y", null, YNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            Key(xml, "d0", "node", yfilesType: "nodegraphics");
            Key(xml, "d1", "edge", yfilesType: "edgegraphics");
            foreach (var (id, forWhat, name) in DataKeys)
            {
                Key(xml, id, forWhat, name: name);
            }

            xml.WriteStartElement("graph", GraphMlNamespace);
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            Data(xml, "d12", diagram.Title);

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var centers = new Dictionary<string, Point>(StringComparer.Ordinal);
            for (var i = 0; i < diagram.Nodes.Count; i++)
            {
                var node = diagram.Nodes[i];
                var gid = "n" + I(i);
                ids.TryAdd(node.Card.Node.Id, gid);
                centers[gid] = node.Box.Center;
                WriteNode(xml, gid, node, theme);
            }

            // One junction per attacked relation, where the first undercut on it ends (all end at the same midpoint).
            var junctions = new Dictionary<(string From, string To), string>();
            foreach (var edge in diagram.Edges.Where(e => e.Kind == EdgeKind.Undercuts && e.ToTarget is not null))
            {
                var key = (edge.To, edge.ToTarget!);
                if (junctions.ContainsKey(key))
                {
                    continue;
                }
                var gid = "n" + I(diagram.Nodes.Count + junctions.Count);
                junctions[key] = gid;
                var at = edge.Route.End;
                centers[gid] = at;
                WriteJunction(xml, gid, at, key.Item1, key.Item2);
            }

            var edgeIndex = 0;
            foreach (var edge in diagram.Edges)
            {
                if (!ids.TryGetValue(edge.From, out var source))
                {
                    continue;
                }
                string? target;
                Point? through = null;
                if (edge.Kind == EdgeKind.Undercuts)
                {
                    target = edge.ToTarget is { } t && junctions.TryGetValue((edge.To, t), out var j) ? j : null;
                }
                else
                {
                    target = ids.GetValueOrDefault(edge.To);
                    if (junctions.TryGetValue((edge.From, edge.To), out var j))
                    {
                        through = centers[j];
                    }
                }
                if (target is null)
                {
                    continue;
                }
                WriteEdge(xml, "e" + I(edgeIndex++), source, target, edge, theme, centers[source], centers[target], through);
            }
            WriteNotes(xml, "n" + I(diagram.Nodes.Count + junctions.Count), diagram);
            xml.WriteEndElement(); // graph
            xml.WriteEndElement(); // graphml
        }
        sb.Append('\n');
        return sb.ToString().ReplaceLineEndings("\n");
    }

    private static void Key(XmlWriter xml, string id, string forWhat, string? name = null, string? yfilesType = null)
    {
        xml.WriteStartElement("key", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", forWhat);
        if (name is not null)
        {
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", "string");
        }
        if (yfilesType is not null)
        {
            xml.WriteAttributeString("yfiles.type", yfilesType);
        }
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.RemoveIllegal(value));
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, string gid, DiagramNode node, Theme theme)
    {
        var card = node.Card;
        var argument = card.Node;
        xml.WriteStartElement("node", GraphMlNamespace);
        xml.WriteAttributeString("id", gid);
        Data(xml, "d2", argument.Id);
        Data(xml, "d3", argument.Kind.ToString().ToLowerInvariant());
        Data(xml, "d4", card.Side.ToWord());
        Data(xml, "d5", argument.Text);
        Data(xml, "d6", argument.Evidence?.Quote);
        if (argument.Evidence is { SourceId: { } sourceId } evidence)
        {
            Data(xml, "d7", evidence.CitedInId is { } cited ? $"{sourceId} as cited in {cited}" : sourceId);
        }
        Data(xml, "d8", argument.By);

        var sideColor = card.Side switch
        {
            Side.Yes => theme.YesColor,
            Side.No => theme.NoColor,
            _ => theme.NeutralColor,
        };
        var (fill, stroke, width) = argument.Kind switch
        {
            NodeKind.Question => (theme.QuestionFill, theme.QuestionFill, "1.0"),
            NodeKind.Evidence => (theme.EvidenceFill, theme.BoxStroke, "1.0"),
            NodeKind.Rebuttal => (theme.RebuttalFill, sideColor, "1.5"),
            _ => (theme.ClaimFill, theme.BoxStroke, "1.0"),
        };
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "d0");
        xml.WriteStartElement("y", "ShapeNode", YNamespace);
        Geometry(xml, node.Box);
        xml.WriteStartElement("y", "Fill", YNamespace);
        xml.WriteAttributeString("color", fill);
        xml.WriteAttributeString("transparent", "false");
        xml.WriteEndElement();
        xml.WriteStartElement("y", "BorderStyle", YNamespace);
        xml.WriteAttributeString("color", stroke);
        xml.WriteAttributeString("type", "line");
        xml.WriteAttributeString("width", width);
        xml.WriteEndElement();
        xml.WriteStartElement("y", "NodeLabel", YNamespace);
        xml.WriteAttributeString("alignment", argument.Kind == NodeKind.Question ? "center" : "left");
        xml.WriteAttributeString("autoSizePolicy", "content");
        xml.WriteAttributeString("fontFamily", "Arial");
        xml.WriteAttributeString("fontSize", I((int)Math.Round(card.Lines.FirstOrDefault(l => l.Role is not Cards.TextRole.Header)?.FontSize ?? 13)));
        xml.WriteAttributeString("fontStyle", "plain");
        xml.WriteAttributeString("hasBackgroundColor", "false");
        xml.WriteAttributeString("hasLineColor", "false");
        xml.WriteAttributeString("modelName", "internal");
        xml.WriteAttributeString("modelPosition", "c");
        xml.WriteAttributeString("textColor", argument.Kind == NodeKind.Question ? theme.QuestionText : theme.Text);
        xml.WriteAttributeString("visible", "true");
        // The card's own line breaks, so the text fits the box as it does in our SVG.
        xml.WriteString(XmlText.RemoveIllegal(string.Join("\n", card.Lines.Select(l => l.Text.ReplaceLineEndings(" ")))));
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Shape", YNamespace);
        xml.WriteAttributeString("type", argument.Kind == NodeKind.Rebuttal ? "octagon" : "roundrectangle");
        xml.WriteEndElement();
        xml.WriteEndElement(); // ShapeNode
        xml.WriteEndElement(); // data
        xml.WriteEndElement(); // node
    }

    private static void WriteJunction(XmlWriter xml, string gid, Point at, string from, string to)
    {
        xml.WriteStartElement("node", GraphMlNamespace);
        xml.WriteAttributeString("id", gid);
        Data(xml, "d3", "junction");
        Data(xml, "d5", $"{from} -> {to}");
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "d0");
        xml.WriteStartElement("y", "ShapeNode", YNamespace);
        Geometry(xml, new Rect(at.X - 0.5, at.Y - 0.5, 1, 1));
        InvisibleFillAndBorder(xml);
        xml.WriteStartElement("y", "Shape", YNamespace);
        xml.WriteAttributeString("type", "ellipse");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// The caption and numbered source notes as one borderless text node where the SVG puts them, below the map:
    /// the cards cite notes by number, so the numbers must lead somewhere in yEd too.
    /// </summary>
    private static void WriteNotes(XmlWriter xml, string gid, Diagram.Diagram diagram)
    {
        if (diagram.Footer.Count == 0)
        {
            return;
        }
        var first = diagram.Footer[0];
        var last = diagram.Footer[^1];
        var top = first.Baseline - first.FontSize;
        var box = new Rect(first.X, top, Math.Max(1, diagram.Width - 2 * first.X), last.Baseline + last.FontSize * 0.3 - top);
        xml.WriteStartElement("node", GraphMlNamespace);
        xml.WriteAttributeString("id", gid);
        Data(xml, "d3", "notes");
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "d0");
        xml.WriteStartElement("y", "ShapeNode", YNamespace);
        Geometry(xml, box);
        InvisibleFillAndBorder(xml);
        xml.WriteStartElement("y", "NodeLabel", YNamespace);
        xml.WriteAttributeString("alignment", "left");
        xml.WriteAttributeString("autoSizePolicy", "content");
        xml.WriteAttributeString("fontFamily", "Arial");
        xml.WriteAttributeString("fontSize", I((int)Math.Round(last.FontSize)));
        xml.WriteAttributeString("fontStyle", "plain");
        xml.WriteAttributeString("hasBackgroundColor", "false");
        xml.WriteAttributeString("hasLineColor", "false");
        xml.WriteAttributeString("modelName", "internal");
        xml.WriteAttributeString("modelPosition", "tl");
        xml.WriteAttributeString("textColor", diagram.Theme.Text);
        xml.WriteAttributeString("visible", "true");
        xml.WriteString(XmlText.RemoveIllegal(string.Join("\n", diagram.Footer.Select(l => l.Plain))));
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Shape", YNamespace);
        xml.WriteAttributeString("type", "rectangle");
        xml.WriteEndElement();
        xml.WriteEndElement(); // ShapeNode
        xml.WriteEndElement(); // data
        xml.WriteEndElement(); // node
    }

    /// <summary>No fill and no border: junctions and the notes are placed like nodes but drawn as nothing but text.</summary>
    private static void InvisibleFillAndBorder(XmlWriter xml)
    {
        xml.WriteStartElement("y", "Fill", YNamespace);
        xml.WriteAttributeString("hasColor", "false");
        xml.WriteAttributeString("transparent", "true");
        xml.WriteEndElement();
        xml.WriteStartElement("y", "BorderStyle", YNamespace);
        xml.WriteAttributeString("hasColor", "false");
        xml.WriteAttributeString("type", "line");
        xml.WriteAttributeString("width", "1.0");
        xml.WriteEndElement();
    }

    private static void Geometry(XmlWriter xml, Rect box)
    {
        xml.WriteStartElement("y", "Geometry", YNamespace);
        xml.WriteAttributeString("x", F(box.X));
        xml.WriteAttributeString("y", F(box.Y));
        xml.WriteAttributeString("width", F(box.Width));
        xml.WriteAttributeString("height", F(box.Height));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, string id, string source, string target, DiagramEdge edge, Theme theme,
        Point sourceCenter, Point targetCenter, Point? through)
    {
        var (color, line, arrow, width) = edge.Kind switch
        {
            EdgeKind.Supports => (theme.SupportColor, "line", "standard", "1.6"),
            EdgeKind.Contests => (theme.ContestColor, "dashed", "t_shape", "1.8"),
            _ => (theme.UndercutColor, "dotted", "circle", "1.8"),
        };
        xml.WriteStartElement("edge", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        Data(xml, "d9", edge.Kind.ToString().ToLowerInvariant());
        Data(xml, "d10", edge.Label);
        Data(xml, "d11", edge.Kind == EdgeKind.Undercuts ? $"{edge.To} -> {edge.ToTarget}" : $"{edge.From} -> {edge.To}");

        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "d1");
        xml.WriteStartElement("y", "PolyLineEdge", YNamespace);
        var route = edge.Route;
        xml.WriteStartElement("y", "Path", YNamespace);
        xml.WriteAttributeString("sx", F(route.Start.X - sourceCenter.X));
        xml.WriteAttributeString("sy", F(route.Start.Y - sourceCenter.Y));
        var end = edge.Kind == EdgeKind.Undercuts ? targetCenter : route.End;
        xml.WriteAttributeString("tx", F(end.X - targetCenter.X));
        xml.WriteAttributeString("ty", F(end.Y - targetCenter.Y));
        foreach (var bend in Bends(route, through))
        {
            xml.WriteStartElement("y", "Point", YNamespace);
            xml.WriteAttributeString("x", F(bend.X));
            xml.WriteAttributeString("y", F(bend.Y));
            xml.WriteEndElement();
        }
        xml.WriteEndElement(); // Path
        xml.WriteStartElement("y", "LineStyle", YNamespace);
        xml.WriteAttributeString("color", color);
        xml.WriteAttributeString("type", line);
        xml.WriteAttributeString("width", width);
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Arrows", YNamespace);
        xml.WriteAttributeString("source", "none");
        xml.WriteAttributeString("target", arrow);
        xml.WriteEndElement();
        if (edge.Label is { Length: > 0 } label)
        {
            xml.WriteStartElement("y", "EdgeLabel", YNamespace);
            xml.WriteAttributeString("fontFamily", "Arial");
            xml.WriteAttributeString("fontSize", "11");
            xml.WriteAttributeString("textColor", theme.Text);
            xml.WriteAttributeString("backgroundColor", theme.Background);
            xml.WriteAttributeString("lineColor", color);
            xml.WriteAttributeString("modelName", "side_slider");
            xml.WriteAttributeString("preferredPlacement", "anywhere");
            xml.WriteAttributeString("ratio", "0.2");
            xml.WriteString(XmlText.RemoveIllegal(label).ReplaceLineEndings(" "));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("y", "BendStyle", YNamespace);
        xml.WriteAttributeString("smoothed", "true");
        xml.WriteEndElement();
        xml.WriteEndElement(); // PolyLineEdge
        xml.WriteEndElement(); // data
        xml.WriteEndElement(); // edge
    }

    /// <summary>
    /// The route's inner points: each cubic piece's middle and the joints between pieces. When the edge must pass
    /// through a junction, the inner point nearest to it is replaced by the junction's centre.
    /// </summary>
    private static List<Point> Bends(EdgeRoute route, Point? through)
    {
        var points = route.ToPolyline(2).ToList();
        var inner = points.Count > 2 ? points.GetRange(1, points.Count - 2) : [];
        if (through is { } j)
        {
            if (inner.Count == 0)
            {
                inner.Add(j);
            }
            else
            {
                var nearest = 0;
                for (var i = 1; i < inner.Count; i++)
                {
                    if (inner[i].DistanceTo(j) < inner[nearest].DistanceTo(j))
                    {
                        nearest = i;
                    }
                }
                inner[nearest] = j;
            }
        }
        return inner;
    }
}
