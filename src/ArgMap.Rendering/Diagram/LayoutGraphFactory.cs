using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Layout;
using ArgMap.Rendering.Cards;

namespace ArgMap.Rendering.Diagram;

/// <summary>
/// Turns the drawn part of an argument into the layout engine's terms: boxes by index, each relation as an edge from
/// the node it bears on (above) to the node it comes from (below), primary when it hangs its premise in the tree,
/// and each undercut as an attachment to the edge it attacks. Answers to the question are ordered yes side first,
/// so the two sides start out on their own halves of the drawing.
/// </summary>
internal static class LayoutGraphFactory
{
    public sealed record Result(LayoutGraph Graph, IReadOnlyList<Relation> Relations, IReadOnlyList<Undercut> Undercuts);

    public static Result Create(ArgumentGraph graph, IReadOnlyList<NodeCard> cards, IReadOnlyList<Relation> relations, IReadOnlyList<Undercut> undercuts)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            index[cards[i].Node.Id] = i;
        }
        var ordered = relations
            .OrderBy(r => graph.FindNode(r.To)?.Kind == NodeKind.Question ? SideRank(graph.SideOf(r.From)) : 0)
            .ThenBy(r => r.Order)
            .ToList();
        var edges = ordered.Select(r => new LayoutEdge(index[r.To], index[r.From], graph.IsPrimary(r))).ToList();
        var edgeOf = new Dictionary<RelationKey, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            edgeOf[ordered[i].Key] = i;
        }
        var attachments = undercuts.Select(u => new LayoutAttachment(index[u.From], edgeOf[u.Target])).ToList();
        var nodes = cards.Select(c => new LayoutNode(c.Width, c.Height)).ToList();
        return new Result(new LayoutGraph(nodes, edges, attachments), ordered, undercuts);
    }

    private static int SideRank(Side side) => side switch
    {
        Side.Yes => 0,
        Side.No => 1,
        _ => 2,
    };
}
