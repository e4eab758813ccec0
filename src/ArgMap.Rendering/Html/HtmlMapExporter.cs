using System.Net;
using System.Text;
using System.Text.Json;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Svg;

namespace ArgMap.Rendering.Html;

/// <summary>
/// One self-contained HTML file with the SVG map inline and a small script (pan and zoom, a details panel on click
/// or Enter, side and tag filters, search, collapsing branches, print). Nothing is fetched: the CSS and script are
/// inlined, fonts are the reader's own. With JavaScript off the static map shows.
/// </summary>
public static class HtmlMapExporter
{
    private static readonly Lazy<string> Css = new(() => Resource("map.css"));
    private static readonly Lazy<string> Script = new(() => Resource("map.js"));

    /// <summary>The page for <paramref name="graph"/> drawn with <paramref name="options"/>. The page's own heading
    /// shows the title and subtitle, so the map inside is drawn without them.</summary>
    public static string Export(ArgumentGraph graph, View.ViewOptions options)
    {
        var diagram = Diagram.DiagramBuilder.Build(graph, options with { TitleBlock = false });
        return Export(diagram, graph, options.Citations, options.Status);
    }

    private static string Export(Diagram.Diagram diagram, ArgumentGraph graph, CitationStyle citations, ArgMap.Analysis.Evaluation.Assessment? status)
    {
        var title = WebUtility.HtmlEncode(diagram.Title);
        var subtitle = graph.Map.Subtitle is { } s ? $"<p>{WebUtility.HtmlEncode(XmlText.RemoveIllegal(s))}</p>" : "";
        var theme = diagram.Theme;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-script\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Css.Value)
            .Append(":root { --bg: ").Append(theme.Background).Append("; --fg: ").Append(theme.Text).Append("; --muted: ").Append(theme.MutedText)
            .Append("; --panel: ").Append(theme.LegendFill).Append("; }\n</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(title).Append("</h1>").Append(subtitle).Append("</header>\n");
        html.Append("""
            <div id="toolbar" role="toolbar" aria-label="Map tools" hidden>
            <label for="search">Search</label> <input id="search" type="search" placeholder="words, ids, tags" autocomplete="off">
            <span id="matches" aria-live="polite"></span>
            <label for="side-filter">Side</label> <select id="side-filter"><option value="all">both sides</option><option value="yes">yes side</option><option value="no">no side</option></select>
            <label for="tag-filter">Tag</label> <select id="tag-filter"><option value="">any tag</option></select>
            <button type="button" id="expand-all">Expand all</button>
            <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
            <button type="button" id="zoom-out" aria-label="Zoom out">&#8722;</button>
            <button type="button" id="zoom-reset">Fit</button>
            <button type="button" id="print">Print</button>
            </div>

            """);
        html.Append("<main>\n<div id=\"viewport\" tabindex=\"0\" aria-label=\"Argument map: drag or use the arrow keys to pan, + and - to zoom, Tab to reach each node, Enter to open it\">\n");
        html.Append(SvgExporter.Export(diagram, interactive: true));
        html.Append("</div>\n<aside id=\"panel\" role=\"region\" aria-label=\"Node details\" aria-live=\"polite\" hidden></aside>\n</main>\n");
        // The default encoder escapes <, > and & in the data, so no string in it can close the script element.
        html.Append("<script type=\"application/json\" id=\"argmap-data\">")
            .Append(JsonSerializer.Serialize(Data(diagram, graph, citations, status), HtmlMapJsonContext.Default.HtmlMapData))
            .Append("</script>\n<script>\n").Append(Script.Value).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static HtmlMapData Data(Diagram.Diagram diagram, ArgumentGraph graph, CitationStyle citations, ArgMap.Analysis.Evaluation.Assessment? assessment)
    {
        var drawn = diagram.Nodes.Select(n => n.Card.Node.Id).ToHashSet(StringComparer.Ordinal);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in drawn)
        {
            var up = graph.PrimaryRelationOf(id)?.To ?? graph.PrimaryUndercutOf(id)?.Target.To;
            if (up is not null && drawn.Contains(up))
            {
                parent[id] = up;
            }
        }
        var children = parent.GroupBy(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToList(), StringComparer.Ordinal);
        var nodes = new List<HtmlMapNode>();
        foreach (var placed in diagram.Nodes)
        {
            var card = placed.Card;
            var node = card.Node;
            var e = node.Evidence;
            var source = e?.SourceId is { } sid ? graph.FindSource(sid) : null;
            var citedIn = e?.CitedInId is { } cid ? graph.FindSource(cid) : null;
            string? citation = null;
            if (source is not null)
            {
                citation = Plain(CitationFormatter.Entry(source, citations));
                if (citedIn is not null)
                {
                    citation += " Cited in " + Plain(CitationFormatter.Entry(citedIn, citations));
                }
            }
            var footer = string.Join(" ", card.Lines.Where(l => l.Role == Cards.TextRole.Footer).Select(l => l.Text));
            var status = card.Status is { } label ? SvgExporter.StatusWord(label) : null;
            var why = assessment?.Explanations.GetValueOrDefault(node.Id);
            var search = string.Join(" ", new[] { node.Id, node.Text, e?.Quote, node.By, string.Join(" ", node.Tags) }.Where(x => x is not null)).ToLowerInvariant();
            nodes.Add(new HtmlMapNode(
                node.Id,
                node.Kind.ToString().ToLowerInvariant(),
                card.Side.ToWord(),
                Clean(node.Text),
                Clean(e?.Quote),
                e?.Highlights.Select(h => XmlText.RemoveIllegal(h)).ToList() ?? [],
                Clean(e?.Context),
                e is null || footer.Length == 0 ? null : Clean(footer),
                Clean(citation),
                Clean(node.By),
                Clean(node.Note),
                node.Tags.Select(t => XmlText.RemoveIllegal(t)).ToList(),
                status,
                Clean(why),
                parent.GetValueOrDefault(node.Id),
                children.GetValueOrDefault(node.Id) ?? [],
                XmlText.RemoveIllegal(search)));
        }
        return new HtmlMapData(nodes);
    }

    private static string Plain(IReadOnlyList<TextRun> runs) => string.Concat(runs.Select(r => r.Text));

    private static string? Clean(string? text) => text is null ? null : XmlText.RemoveIllegal(text);

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlMapExporter).Assembly.GetManifestResourceStream("ArgMap.Rendering.Html." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
