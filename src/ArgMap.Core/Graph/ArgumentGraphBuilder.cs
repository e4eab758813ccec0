using ArgMap.Core.Model;
using QuikGraph;

namespace ArgMap.Core.Graph;

/// <summary>
/// Builds an <see cref="ArgumentGraph"/>: the QuikGraph graph, the lookups, and the primary tree found by a
/// breadth-first walk from the question over relations in declaration order (so the same file always gives the
/// same tree, and the shallowest way to the question wins).
/// </summary>
internal static class ArgumentGraphBuilder
{
    public static ArgumentGraph Build(ArgumentMap map)
    {
        var nodes = new Dictionary<string, ArgumentNode>(StringComparer.Ordinal);
        foreach (var node in map.Nodes)
        {
            nodes.TryAdd(node.Id, node); // a duplicate id is a validation error; the first one wins
        }
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in map.Sources)
        {
            sources.TryAdd(source.Id, source);
        }

        var graph = new BidirectionalGraph<GraphVertex, GraphEdge>(allowParallelEdges: false);
        var vertices = new Dictionary<string, NodeVertex>(StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            var vertex = new NodeVertex(node);
            vertices.Add(node.Id, vertex);
            graph.AddVertex(vertex);
        }

        var relations = new Dictionary<RelationKey, Relation>();
        var relationVertices = new Dictionary<RelationKey, RelationVertex>();
        var into = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        var from = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in map.Relations)
        {
            if (!vertices.TryGetValue(relation.From, out var premise) || !vertices.TryGetValue(relation.To, out var conclusion)
                || !relations.TryAdd(relation.Key, relation))
            {
                continue;
            }
            var vertex = new RelationVertex(relation);
            relationVertices.Add(relation.Key, vertex);
            graph.AddVertex(vertex);
            graph.AddEdge(new GraphEdge(premise, vertex, GraphEdgeRole.Premise));
            graph.AddEdge(new GraphEdge(vertex, conclusion, GraphEdgeRole.Conclusion));
            Append(into, relation.To, relation);
            Append(from, relation.From, relation);
        }

        var undercuts = new Dictionary<RelationKey, List<Undercut>>();
        foreach (var undercut in map.Undercuts)
        {
            if (!vertices.TryGetValue(undercut.From, out var attacker) || !relationVertices.TryGetValue(undercut.Target, out var target))
            {
                continue;
            }
            var list = undercuts.TryGetValue(undercut.Target, out var existing) ? existing : undercuts[undercut.Target] = [];
            if (list.Any(u => u.From == undercut.From))
            {
                continue;
            }
            list.Add(undercut);
            graph.AddEdge(new GraphEdge(attacker, target, GraphEdgeRole.Undercut));
        }

        var placement = PlaceInTree(map, nodes, into, undercuts);
        return new ArgumentGraph(map, graph, nodes, sources, relations, into, from, undercuts, placement);
    }

    private static void Append(Dictionary<string, List<Relation>> index, string key, Relation relation)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(relation);
    }

    private static Dictionary<string, ArgumentGraph.Placement> PlaceInTree(
        ArgumentMap map,
        Dictionary<string, ArgumentNode> nodes,
        Dictionary<string, List<Relation>> into,
        Dictionary<RelationKey, List<Undercut>> undercuts)
    {
        var placement = new Dictionary<string, ArgumentGraph.Placement>(StringComparer.Ordinal);
        var question = map.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question);
        if (question is null || !ReferenceEquals(nodes[question.Id], question))
        {
            return placement;
        }
        placement[question.Id] = new ArgumentGraph.Placement(0, Side.None, null, null);
        var queue = new Queue<string>();
        queue.Enqueue(question.Id);
        while (queue.Count > 0)
        {
            var target = queue.Dequeue();
            var here = placement[target];
            if (!into.TryGetValue(target, out var incoming))
            {
                continue;
            }
            foreach (var relation in incoming)
            {
                if (!placement.ContainsKey(relation.From))
                {
                    var side = SideThrough(target == question.Id, here.Side, relation.Kind);
                    placement[relation.From] = new ArgumentGraph.Placement(here.Depth + 1, side, relation, null);
                    queue.Enqueue(relation.From);
                }
            }
            // An undercut argues against the side its attacked relation helps; a node hung only by an undercut
            // sits level with the premise of the relation it attacks.
            foreach (var relation in incoming)
            {
                if (!undercuts.TryGetValue(relation.Key, out var attacks))
                {
                    continue;
                }
                foreach (var undercut in attacks.Where(u => !placement.ContainsKey(u.From)))
                {
                    var side = placement[relation.From].Side.Opposite();
                    placement[undercut.From] = new ArgumentGraph.Placement(here.Depth + 1, side, null, undercut);
                    queue.Enqueue(undercut.From);
                }
            }
        }
        return placement;
    }

    private static Side SideThrough(bool targetIsQuestion, Side targetSide, RelationKind kind)
    {
        if (targetIsQuestion)
        {
            return kind == RelationKind.Supports ? Side.Yes : Side.No;
        }
        return kind == RelationKind.Supports ? targetSide : targetSide.Opposite();
    }
}
