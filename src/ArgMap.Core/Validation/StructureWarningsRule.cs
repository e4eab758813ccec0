using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using static ArgMap.Core.Validation.RuleDiagnostics;

namespace ArgMap.Core.Validation;

/// <summary>
/// Warnings about the argument's shape: a relation declared twice, circular support, nodes that never reach the
/// question, evidence that names no source.
/// </summary>
internal sealed class StructureWarningsRule : IMapRule
{
    public IEnumerable<Diagnostic> Check(ArgumentGraph graph)
    {
        var map = graph.Map;
        var seen = new Dictionary<RelationKey, Relation>();
        foreach (var relation in map.Relations)
        {
            if (seen.TryGetValue(relation.Key, out var first))
            {
                yield return Warning(DiagnosticCodes.DuplicateRelation,
                    $"'{relation.From}' relates to '{relation.To}' more than once; only the first relation is kept",
                    relation.Origin, related: first.Origin);
            }
            else
            {
                seen[relation.Key] = relation;
            }
        }

        foreach (var cycle in graph.SupportCycles())
        {
            var node = graph.FindNode(cycle[0]);
            yield return Warning(DiagnosticCodes.SupportCycle,
                $"circular support: {string.Join(" -> ", cycle)} support each other in a cycle, so none of them is grounded",
                node?.Origin, "id");
        }

        if (map.Nodes.Count(n => n.Kind == NodeKind.Question) == 1)
        {
            foreach (var id in graph.UnreachableNodeIds())
            {
                yield return Warning(DiagnosticCodes.Unreachable,
                    $"'{id}' does not reach the question through any supports, contests or undercuts, so it plays no part in the argument",
                    graph.FindNode(id)?.Origin, "id");
            }
        }

        foreach (var node in map.Nodes.Where(n => n.Evidence is { SourceId: null }))
        {
            yield return Warning(DiagnosticCodes.EvidenceWithoutSource,
                $"evidence '{node.Id}' names no source: readers cannot check the quote (add \"source\")", node.Origin, "id");
        }
    }
}
