using ArgMap.Layout;
using ArgMap.Text;

namespace ArgMap.Rendering.Diagram;

/// <summary>
/// Places relation labels. A label sits 26 px along its relation from the premise, just above the premise's card,
/// unless something is in the way there: the label would cover a card or leave the map, or an undercut that attacks
/// the relation runs through it (an undercut ends on the middle of the relation and arrives through the gap between
/// the ranks, which is where the label sits; on a short relation its dotted line ran through the label's text).
/// Then the clearest of a few other places along or beside the relation wins.
/// </summary>
internal static class EdgeLabelPlacement
{
    /// <summary>The label box SvgExporter draws: 11 px text, 4 px padding each side, 16 px tall.</summary>
    public const double FontSize = 11;
    public const double Height = 16;

    /// <summary>Above this many edges only the relation's own cards and undercuts are checked, not every route.</summary>
    private const int ExhaustiveLimit = 2000;

    public static double Width(string label) => TextMeasurer.Width(label, FontStyle.Regular, FontSize) + 8;

    public static void Place(List<DiagramEdge> edges, IReadOnlyList<DiagramNode> nodes, Rect map)
    {
        if (!edges.Any(e => e.Label is { Length: > 0 }))
        {
            return;
        }
        var small = edges.Count <= ExhaustiveLimit;
        var boxes = nodes.GroupBy(n => n.Card.Node.Id).ToDictionary(g => g.Key, g => g.First().Box, StringComparer.Ordinal);
        var attackers = edges.Where(e => e.Kind == EdgeKind.Undercuts && e.ToTarget is not null)
            .GroupBy(e => (e.To, Target: e.ToTarget!))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Route.ToPolyline(24)).ToList());
        var routes = small ? edges.Select(e => e.Route.ToPolyline(24)).ToList() : [];

        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (edge.Label is not { Length: > 0 } label || edge.Kind == EdgeKind.Undercuts)
            {
                continue;
            }
            var width = Width(label);
            var undercutPoints = attackers.GetValueOrDefault((edge.From, edge.To)) ?? [];
            var cards = small ? nodes.Select(n => n.Box).ToList()
                : new[] { edge.From, edge.To }.Where(boxes.ContainsKey).Select(id => boxes[id]).ToList();
            List<Point>? others = null;

            double Cost(Point at)
            {
                var box = new Rect(at.X - width / 2, at.Y - Height / 2, width, Height);
                var blocked = cards.Count(c => Overlap(c, box)) + (Inside(box, map) ? 0 : 1);
                if (blocked > 0)
                {
                    return 1000 * blocked;
                }
                var margin = new Rect(box.X - 3, box.Y - 3, box.Width + 6, box.Height + 6);
                others ??= small ? routes.Where((_, j) => j != i).SelectMany(r => r).ToList() : [];
                return 10 * undercutPoints.Count(margin.Contains) + (undercutPoints.Count > 0 ? others.Count(margin.Contains) : 0);
            }

            var usual = edge.LabelAt;
            var best = usual;
            var bestCost = Cost(usual);
            if (bestCost == 0)
            {
                continue; // the usual place is clear: labels only move when they must, so drawings stay stable
            }
            var length = edge.Route.Length();
            var away = undercutPoints.Count > 0 && undercutPoints.Average(p => p.X) > usual.X ? -1 : 1;
            var candidates = new List<Point>
            {
                edge.Route.PointAtLength(Math.Min(40, length / 2)),
                new(usual.X + away * (width / 2 + 6), usual.Y),
                new(usual.X - away * (width / 2 + 6), usual.Y),
                edge.Route.PointAtLength(14),
                edge.Route.PointAtLength(Math.Max(0, length - 26)),
            };
            // Sliding along the relation until the label clears the cards (a flat relation between neighbouring
            // ranks runs close above its premise for a long way).
            for (var d = 32.0; d < length - 10; d += 6)
            {
                var along = edge.Route.PointAtLength(d);
                if (Cost(along) < 1000)
                {
                    candidates.Add(along);
                    break;
                }
            }
            foreach (var candidate in candidates)
            {
                var cost = Cost(candidate);
                if (cost < bestCost)
                {
                    (best, bestCost) = (candidate, cost);
                }
            }
            edges[i] = edge with { LabelAt = best };
        }
    }

    /// <summary>Whether the label box comes within 2 px of the card (touching a card's border reads as part of it).</summary>
    private static bool Overlap(Rect card, Rect label) =>
        card.X - 2 < label.Right && label.X < card.Right + 2 && card.Y - 2 < label.Bottom && label.Y < card.Bottom + 2;

    private static bool Inside(Rect box, Rect map) => box.X >= map.X && box.Right <= map.Right && box.Y >= map.Y && box.Bottom <= map.Bottom;
}
