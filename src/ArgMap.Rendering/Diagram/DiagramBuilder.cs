using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using ArgMap.Layout;
using ArgMap.Rendering.Cards;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.View;
using ArgMap.Text;

namespace ArgMap.Rendering.Diagram;

/// <summary>
/// The drawing pipeline after loading: select what the view shows, lay out each card's text, lay out the graph,
/// then compose the page (title block, map, legend, source notes) in absolute coordinates.
/// </summary>
public static class DiagramBuilder
{
    public const double Margin = 24;
    public const double LegendHeight = 30;
    public const double LegendWidth = 600;

    public static Diagram Build(ArgumentGraph graph, ViewOptions options)
    {
        var selection = ViewSelector.Select(graph, options);
        var notes = new SourceNotes(graph, selection.Nodes);
        var cardBuilder = new NodeCardBuilder(graph, options, notes, selection.HiddenEvidenceCounts);
        var cards = selection.Nodes.Select(cardBuilder.Build).ToList();
        var input = LayoutGraphFactory.Create(graph, cards, selection.Relations, selection.Undercuts);
        var layout = LayeredLayout.Compute(input.Graph, LayoutOptions.Default with { Direction = options.Direction });

        var size = options.FontSize;
        var contentWidth = Math.Max(layout.Bounds.Width, options.Legend ? LegendWidth : 0);
        var textWidth = Math.Max(Math.Min(contentWidth, 900), 480);

        var header = new List<PlacedText>();
        var y = Margin;
        var caption = options.Caption is { } captionStyle ? FigureCaption.For(graph, captionStyle) : null;
        if (caption is { LinesAbove: > 0 })
        {
            // APA 7: the figure number and title stand above the figure, which then carries no title of its own.
            y = AddCaptionLines(header, caption, 0, caption.LinesAbove, textWidth, y, size);
        }
        else if (options.TitleBlock)
        {
            y = AddWrapped(header, XmlText.RemoveIllegal(graph.Map.DisplayTitle), textWidth, y, Math.Round(size * 1.55, 2), bold: true, muted: false);
        }
        if (options.TitleBlock && graph.Map.Subtitle is { } subtitle)
        {
            y = AddWrapped(header, XmlText.RemoveIllegal(subtitle), textWidth, y + 2, size, bold: false, muted: true);
        }
        if (options.Status is { } status)
        {
            var verdict = status.Verdict;
            y = AddWrapped(header, $"Verdict ({verdict.Semantics} semantics): {verdict.Summary}", textWidth, y + 4, size, bold: true, muted: false);
        }
        var mapTop = y + 16;
        var mapLeft = Margin + Math.Max(0, (contentWidth - layout.Bounds.Width) / 2);

        var nodes = cards.Select((card, i) => new DiagramNode(card, Offset(layout.Nodes[i], mapLeft, mapTop))).ToList();
        var edges = new List<DiagramEdge>();
        for (var i = 0; i < input.Relations.Count; i++)
        {
            var relation = input.Relations[i];
            // Layout routes run from the upper (conclusion) box down to the premise; draw them premise -> conclusion.
            var route = Offset(layout.Edges[i], mapLeft, mapTop).Reverse();
            var kind = relation.Kind == RelationKind.Supports ? EdgeKind.Supports : EdgeKind.Contests;
            edges.Add(new DiagramEdge(kind, relation.From, relation.To, null, route,
                relation.Label is null ? null : XmlText.RemoveIllegal(relation.Label), LabelPoint(route)));
        }
        for (var i = 0; i < input.Undercuts.Count; i++)
        {
            var undercut = input.Undercuts[i];
            var route = Offset(layout.Attachments[i], mapLeft, mapTop);
            edges.Add(new DiagramEdge(EdgeKind.Undercuts, undercut.From, undercut.Target.From, undercut.Target.To, route, null, route.Midpoint()));
        }
        EdgeLabelPlacement.Place(edges, nodes, new Rect(mapLeft, mapTop, layout.Bounds.Width, layout.Bounds.Height));

        y = mapTop + layout.Bounds.Height + 20;
        Rect? legend = null;
        if (options.Legend)
        {
            legend = new Rect(Margin, y, LegendWidth, LegendHeight);
            y += LegendHeight + 16;
        }
        var footer = new List<PlacedText>();
        if (caption is not null && caption.LinesAbove < caption.Lines.Count)
        {
            y = AddCaptionLines(footer, caption, caption.LinesAbove, caption.Lines.Count, textWidth, y, size) + 12;
        }
        if (!options.NoSources && notes.Sources.Count > 0)
        {
            var noteSize = CardMetrics.SmallSize(size);
            y = AddWrapped(footer, "Sources", textWidth, y, noteSize, bold: true, muted: false);
            for (var n = 0; n < notes.Sources.Count; n++)
            {
                var source = notes.Sources[n];
                var runs = new List<TextRun> { new($"{n + 1}. ") };
                runs.AddRange(CitationFormatter.Entry(source, options.Citations).Select(r => r with { Text = XmlText.RemoveIllegal(r.Text) }));
                var link = SafeLink.Href(source.Doi ?? source.Url ?? "");
                foreach (var line in RunWrapper.Wrap(runs, textWidth, noteSize))
                {
                    y += FontMetrics.LineHeight(noteSize);
                    footer.Add(new PlacedText(line, Margin, y - FontMetrics.Descent(noteSize), noteSize, Bold: false, Muted: true, link));
                }
                y += 3;
            }
        }
        var width = Math.Ceiling(Margin * 2 + Math.Max(contentWidth, header.Concat(footer).Select(t => t.X - Margin + RunWrapper.Width(t.Runs, t.FontSize)).DefaultIfEmpty(0).Max()));
        var height = Math.Ceiling(y + Margin);
        return new Diagram(width, height, options.Theme, size, XmlText.RemoveIllegal(graph.Map.DisplayTitle),
            DiagramDescription.Describe(graph, selection), header, nodes, edges, legend, footer);
    }

    /// <summary>Lines [from, to) of a caption, wrapped; returns the y below them.</summary>
    private static double AddCaptionLines(List<PlacedText> into, FigureCaption caption, int from, int to, double width, double y, double size)
    {
        for (var i = from; i < to; i++)
        {
            var bold = caption.BoldFirstLine && i == 0;
            foreach (var line in RunWrapper.Wrap(caption.Lines[i].Select(r => r with { Text = XmlText.RemoveIllegal(r.Text) }).ToList(), width, size))
            {
                y += FontMetrics.LineHeight(size);
                into.Add(new PlacedText(line, Margin, y - FontMetrics.Descent(size), size, bold, Muted: false));
            }
        }
        return y;
    }

    private static double AddWrapped(List<PlacedText> into, string text, double width, double y, double fontSize, bool bold, bool muted)
    {
        var block = TextLayout.Measure(text, width, bold ? FontStyle.Bold : FontStyle.Regular, fontSize);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            into.Add(new PlacedText([new TextRun(block.Lines[i])], Margin, y + block.FirstBaseline + i * block.LineHeight, fontSize, bold, muted));
        }
        return y + block.Height;
    }

    /// <summary>
    /// Labels sit low on the edge, near the premise: the middle belongs to undercuts, and siblings' edges are
    /// furthest apart near their own boxes.
    /// </summary>
    /// <summary>A relation's label sits 26 px along it from the premise, just above the premise's box.</summary>
    private static Point LabelPoint(EdgeRoute route) => route.Segments.Count == 0 ? route.Midpoint() : route.PointAtLength(26);

    private static Rect Offset(Rect r, double dx, double dy) => new(r.X + dx, r.Y + dy, r.Width, r.Height);

    private static Point Offset(Point p, double dx, double dy) => new(p.X + dx, p.Y + dy);

    private static EdgeRoute Offset(EdgeRoute route, double dx, double dy) =>
        new(Offset(route.Start, dx, dy), route.Segments.Select(s => new CubicSegment(Offset(s.Control1, dx, dy), Offset(s.Control2, dx, dy), Offset(s.End, dx, dy))).ToList());
}
