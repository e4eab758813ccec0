using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Rendering.View;

/// <summary>
/// Picks what a view draws: the whole map, the neighbourhood of a focus node, one side (with what its nodes answer),
/// with or without evidence cards. Unreachable nodes are drawn too (validation warns about them): hiding a user's node
/// would lose it.
/// </summary>
public static class ViewSelector
{
    public static DiagramSelection Select(ArgumentGraph graph, ViewOptions options)
    {
        var map = graph.Map;
        IEnumerable<ArgumentNode> nodes = map.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n));
        if (options.Focus is { } focus)
        {
            var near = Neighbourhood(graph, focus, options.FocusDepth);
            nodes = nodes.Where(n => near.Contains(n.Id));
        }
        if (options.OnlySide is { } side)
        {
            // The side's nodes, plus what they hang from on the way to the question (drawn with the other side's
            // label) so the side's case stays connected: a rebuttal is shown with the claim it answers.
            var onSide = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in map.Nodes.Where(n => graph.SideOf(n.Id) == side))
            {
                for (var id = node.Id; id is not null && onSide.Add(id);)
                {
                    id = graph.PrimaryRelationOf(id)?.To ?? graph.PrimaryUndercutOf(id)?.Target.From;
                }
            }
            nodes = nodes.Where(n => n.Kind == NodeKind.Question || onSide.Contains(n.Id));
        }
        var hidden = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = nodes.ToList();
        if (options.CollapseEvidence)
        {
            foreach (var evidence in kept.Where(n => n.Kind == NodeKind.Evidence))
            {
                foreach (var relation in graph.RelationsFrom(evidence.Id))
                {
                    hidden[relation.To] = hidden.GetValueOrDefault(relation.To) + 1;
                }
            }
            kept = kept.Where(n => n.Kind != NodeKind.Evidence).ToList();
        }
        if (options.CollapseEvidence)
        {
            // What hangs from a hidden node (a rebuttal of a hidden quote, an answer to the other side's rebuttal)
            // goes with it: drawn on its own it would float unconnected at the top of the map.
            var shown = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var memo = new Dictionary<string, bool>(StringComparer.Ordinal);
            kept = kept.Where(n => !HangsFromHidden(graph, n.Id, shown, memo)).ToList();
        }
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var relations = graph.Relations.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).ToList();
        var keys = relations.Select(r => r.Key).ToHashSet();
        var undercuts = graph.Undercuts.Where(u => ids.Contains(u.From) && keys.Contains(u.Target)).ToList();
        return new DiagramSelection(kept, relations, undercuts, hidden);
    }

    /// <summary>True when the node's way to the question in the primary tree passes through a node not shown.</summary>
    private static bool HangsFromHidden(ArgumentGraph graph, string id, HashSet<string> shown, Dictionary<string, bool> memo)
    {
        var path = new List<string>();
        var current = id;
        bool result;
        while (true)
        {
            if (memo.TryGetValue(current, out result))
            {
                break;
            }
            path.Add(current);
            var parent = graph.PrimaryRelationOf(current)?.To ?? graph.PrimaryUndercutOf(current)?.Target.From;
            if (parent is null)
            {
                result = false; // the question, or a node that never reached it (drawn, and warned about)
                break;
            }
            if (!shown.Contains(parent))
            {
                result = true;
                break;
            }
            current = parent;
        }
        foreach (var node in path)
        {
            memo[node] = result;
        }
        return result;
    }

    /// <summary>Nodes within <paramref name="depth"/> steps of <paramref name="focus"/>, over relations and undercuts in either direction.</summary>
    private static HashSet<string> Neighbourhood(ArgumentGraph graph, string focus, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { focus };
        var frontier = new List<string> { focus };
        for (var step = 0; step < depth && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var neighbour in Neighbours(graph, id))
                {
                    if (seen.Add(neighbour))
                    {
                        next.Add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static IEnumerable<string> Neighbours(ArgumentGraph graph, string id)
    {
        foreach (var r in graph.RelationsFrom(id))
        {
            yield return r.To;
            foreach (var u in graph.UndercutsOn(r.Key)) yield return u.From;
        }
        foreach (var r in graph.RelationsInto(id))
        {
            yield return r.From;
            foreach (var u in graph.UndercutsOn(r.Key)) yield return u.From;
        }
        foreach (var u in graph.Undercuts.Where(u => u.From == id))
        {
            yield return u.Target.From;
            yield return u.Target.To;
        }
    }
}
