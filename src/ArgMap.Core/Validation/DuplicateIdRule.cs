using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using static ArgMap.Core.Validation.RuleDiagnostics;

namespace ArgMap.Core.Validation;

/// <summary>Ids are unique across nodes and sources; the second use is reported, naming the first.</summary>
internal sealed class DuplicateIdRule : IMapRule
{
    public IEnumerable<Diagnostic> Check(ArgumentGraph graph)
    {
        var first = new Dictionary<string, (string What, string? Origin)>(StringComparer.Ordinal);
        var all = graph.Map.Nodes.Select(n => (n.Id, What: "node", n.Origin))
            .Concat(graph.Map.Sources.Select(s => (s.Id, What: "source", s.Origin)));
        foreach (var (id, what, origin) in all)
        {
            if (first.TryGetValue(id, out var earlier))
            {
                yield return Error(DiagnosticCodes.DuplicateId,
                    $"duplicate id '{id}': already used by a {earlier.What}",
                    origin, "id", At(earlier.Origin, "id"));
            }
            else
            {
                first[id] = (what, origin);
            }
        }
    }
}
