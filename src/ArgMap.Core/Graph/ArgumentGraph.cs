using ArgMap.Core.Model;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ArgMap.Core.Graph;

/// <summary>
/// The argument as a QuikGraph graph with relations reified as vertices, plus the derived facts later stages
/// need: each node's side and depth, and which relation hangs each node in the primary tree (the rest are cross
/// links). Built by <see cref="ArgumentGraphBuilder"/>; tolerant of references to missing nodes (validation
/// reports them), which it leaves out.
/// </summary>
public sealed class ArgumentGraph
{
    private readonly Dictionary<string, ArgumentNode> _nodes;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<RelationKey, Relation> _relations;
    private readonly Dictionary<string, List<Relation>> _into;
    private readonly Dictionary<string, List<Relation>> _from;
    private readonly Dictionary<RelationKey, List<Undercut>> _undercuts;
    private readonly Dictionary<string, Placement> _placement;

    internal ArgumentGraph(
        ArgumentMap map,
        BidirectionalGraph<GraphVertex, GraphEdge> graph,
        Dictionary<string, ArgumentNode> nodes,
        Dictionary<string, Source> sources,
        Dictionary<RelationKey, Relation> relations,
        Dictionary<string, List<Relation>> into,
        Dictionary<string, List<Relation>> from,
        Dictionary<RelationKey, List<Undercut>> undercuts,
        Dictionary<string, Placement> placement)
    {
        Map = map;
        Graph = graph;
        _nodes = nodes;
        _sources = sources;
        _relations = relations;
        _into = into;
        _from = from;
        _undercuts = undercuts;
        _placement = placement;
    }

    /// <summary>Where a node hangs in the primary tree; absent for nodes that cannot reach the question.</summary>
    internal sealed record Placement(int Depth, Side Side, Relation? ViaRelation, Undercut? ViaUndercut);

    public ArgumentMap Map { get; }

    /// <summary>The graph itself: node and relation vertices, premise/conclusion/undercut edges.</summary>
    public IBidirectionalGraph<GraphVertex, GraphEdge> Graph { get; }

    public static ArgumentGraph Build(ArgumentMap map) => ArgumentGraphBuilder.Build(map);

    public ArgumentNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Relation? FindRelation(RelationKey key) => _relations.GetValueOrDefault(key);

    /// <summary>Relations pointing at the node, in declaration order.</summary>
    public IReadOnlyList<Relation> RelationsInto(string id) => _into.TryGetValue(id, out var list) ? list : [];

    /// <summary>Relations declared on the node, in declaration order.</summary>
    public IReadOnlyList<Relation> RelationsFrom(string id) => _from.TryGetValue(id, out var list) ? list : [];

    /// <summary>Undercuts attacking the relation, in declaration order.</summary>
    public IReadOnlyList<Undercut> UndercutsOn(RelationKey key) => _undercuts.TryGetValue(key, out var list) ? list : [];

    /// <summary>Every relation that exists (both ends are nodes), in declaration order.</summary>
    public IEnumerable<Relation> Relations => Map.Relations.Where(r => _relations.TryGetValue(r.Key, out var kept) && ReferenceEquals(kept, r));

    /// <summary>Every undercut whose attacker and target relation exist, in declaration order.</summary>
    public IEnumerable<Undercut> Undercuts => Map.Undercuts.Where(u => _nodes.ContainsKey(u.From) && _relations.ContainsKey(u.Target));

    public bool CanReachQuestion(string id) => _placement.ContainsKey(id);

    /// <summary>The side the node argues for; <see cref="Side.None"/> for the question and unreachable nodes.</summary>
    public Side SideOf(string id) => _placement.TryGetValue(id, out var p) ? p.Side : Side.None;

    /// <summary>Distance from the question in the primary tree (0 for the question, -1 when unreachable).</summary>
    public int DepthOf(string id) => _placement.TryGetValue(id, out var p) ? p.Depth : -1;

    /// <summary>The relation that hangs the node in the primary tree, if it hangs by a relation.</summary>
    public Relation? PrimaryRelationOf(string id) => _placement.TryGetValue(id, out var p) ? p.ViaRelation : null;

    /// <summary>The undercut that hangs the node in the primary tree, for nodes whose only link is an undercut.</summary>
    public Undercut? PrimaryUndercutOf(string id) => _placement.TryGetValue(id, out var p) ? p.ViaUndercut : null;

    /// <summary>True when the relation is the one hanging its premise in the primary tree; other relations are cross links.</summary>
    public bool IsPrimary(Relation relation) => ReferenceEquals(PrimaryRelationOf(relation.From), relation);

    /// <summary>Ids of nodes that cannot reach the question, in file order.</summary>
    public IReadOnlyList<string> UnreachableNodeIds() =>
        Map.Nodes.Where(n => !_placement.ContainsKey(n.Id) && _nodes.TryGetValue(n.Id, out var kept) && ReferenceEquals(kept, n))
            .Select(n => n.Id).ToList();

    /// <summary>
    /// Cycles made only of supports relations (A supports B supports A: circular reasoning), each as the node ids
    /// of one strongly connected component in file order. Found with QuikGraph's strongly connected components.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> SupportCycles()
    {
        // Reference edges, not struct ones: QuikGraph's code for them is shared (precompiled), a struct edge type made
        // the JIT compile some 170 methods on every run.
        var supports = new AdjacencyGraph<string, Edge<string>>();
        foreach (var r in Relations.Where(r => r.Kind == RelationKind.Supports))
        {
            supports.AddVerticesAndEdge(new Edge<string>(r.From, r.To));
        }
        var components = new Dictionary<string, int>(StringComparer.Ordinal);
        supports.StronglyConnectedComponents(components);
        var order = Map.Nodes.Select((n, i) => (n.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return components.GroupBy(kv => kv.Value)
            .Select(g => g.Select(kv => kv.Key).OrderBy(id => order.GetValueOrDefault(id)).ToList())
            .Where(ids => ids.Count > 1 || ids.Any(id => _relations.TryGetValue(new RelationKey(id, id), out var self) && self.Kind == RelationKind.Supports))
            .OrderBy(ids => order.GetValueOrDefault(ids[0]))
            .Select(ids => (IReadOnlyList<string>)ids)
            .ToList();
    }
}
