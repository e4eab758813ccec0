using System.Globalization;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Formats.Json.Canonical;

namespace ArgMap.Formats.Aif;

/// <summary>
/// Writes an <see cref="ArgumentMap"/> as AIF JSON in the AIFdb nodeset shape <c>{"nodes", "edges", "locutions"}</c>:
/// <list type="bullet">
/// <item>One I-node per argument node, the question first (so it is always nodeID "1"), then the others in map order.
/// Its text is the node's text; evidence's text is its quote.</item>
/// <item>One RA node per supports relation (premise I -> RA -> conclusion I) and one CA node per contests relation
/// (I -> CA -> I), in relation order. <c>"text"</c> and <c>"scheme"</c> are the relation's label, else
/// "Default Inference" / "Default Conflict".</item>
/// <item>One CA node per undercut, "Default Conflict": undercutter I -> CA -> the RA/CA node of the attacked
/// relation.</item>
/// </list>
/// nodeIDs and edgeIDs are the strings "1", "2", ... in that order; <c>"locutions"</c> is empty; no timestamps.
/// <para>
/// AIF has no node kinds, sources, tags, notes, weights or question marker, so those are lost. Reading the file back
/// with <see cref="AifImporter"/> gives claims; to get the same question, import with
/// <c>new ImportOptions { Question = "1" }</c> (<c>argmap ... --question 1</c>), since the importer's own choice (the
/// I-node with no outgoing relation and the most incoming ones) may differ. Relations labelled with a scheme name
/// come back with that label; a relation's weight does not.
/// </para>
/// </summary>
public static class AifWriter
{
    public const string DefaultInference = "Default Inference";
    public const string DefaultConflict = "Default Conflict";

    /// <summary>The AIF nodeID the question gets.</summary>
    public const string QuestionNodeId = "1";

    public static string Write(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var graph = ArgumentGraph.Build(map);
        var nodes = new List<JsonTree>();
        var edges = new List<JsonTree>();
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);

        string AddNode(string text, string type, string? scheme)
        {
            var id = (nodes.Count + 1).ToString(CultureInfo.InvariantCulture);
            var o = new JsonObjectTree().Add("nodeID", JsonTree.Str(id)).Add("text", JsonTree.Str(text)).Add("type", JsonTree.Str(type));
            if (scheme is not null)
            {
                o.Add("scheme", JsonTree.Str(scheme));
            }
            nodes.Add(o);
            return id;
        }

        void AddEdge(string from, string to)
        {
            var id = (edges.Count + 1).ToString(CultureInfo.InvariantCulture);
            edges.Add(new JsonObjectTree().Add("edgeID", JsonTree.Str(id)).Add("fromID", JsonTree.Str(from)).Add("toID", JsonTree.Str(to)));
        }

        foreach (var node in map.Nodes.Where(n => n.Kind == NodeKind.Question).Take(1).Concat(map.Nodes))
        {
            if (!idOf.ContainsKey(node.Id))
            {
                idOf[node.Id] = AddNode(node.Evidence?.Quote ?? node.Text ?? node.Id, "I", null);
            }
        }

        var sNodeOf = new Dictionary<RelationKey, string>();
        foreach (var r in graph.Relations.OrderBy(r => r.Order))
        {
            if (!idOf.TryGetValue(r.From, out var from) || !idOf.TryGetValue(r.To, out var to))
            {
                continue;
            }
            var scheme = r.Label ?? (r.Kind == RelationKind.Supports ? DefaultInference : DefaultConflict);
            var s = AddNode(scheme, r.Kind == RelationKind.Supports ? "RA" : "CA", scheme);
            sNodeOf[r.Key] = s;
            AddEdge(from, s);
            AddEdge(s, to);
        }
        foreach (var u in graph.Undercuts.OrderBy(u => u.Order))
        {
            if (!idOf.TryGetValue(u.From, out var from) || !sNodeOf.TryGetValue(u.Target, out var target))
            {
                continue;
            }
            var ca = AddNode(DefaultConflict, "CA", DefaultConflict);
            AddEdge(from, ca);
            AddEdge(ca, target);
        }

        var root = new JsonObjectTree()
            .Add("nodes", new JsonArrayTree(nodes))
            .Add("edges", new JsonArrayTree(edges))
            .Add("locutions", new JsonArrayTree([]));
        return CanonicalJsonPrinter.Print(root);
    }
}
