using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using static ArgMap.Core.Validation.RuleDiagnostics;

namespace ArgMap.Core.Validation;

/// <summary>
/// Every name used as a reference exists and is of the right kind: relation targets and undercut ends are nodes,
/// <c>source</c>, <c>citedIn</c> and <c>about</c> are sources, and an undercut names a declared relation.
/// Also: nothing relates to itself, and the question neither supports nor contests anything.
/// </summary>
internal sealed class ReferenceRule : IMapRule
{
    public IEnumerable<Diagnostic> Check(ArgumentGraph graph)
    {
        var map = graph.Map;
        var nodeIds = map.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var sourceIds = map.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var relationKeys = map.Relations.Select(r => r.Key).ToHashSet();

        foreach (var relation in map.Relations)
        {
            var verb = relation.Kind == RelationKind.Supports ? "supports" : "contests";
            if (relation.From == relation.To)
            {
                yield return Error(DiagnosticCodes.SelfRelation, $"'{relation.From}' {verb} itself", relation.Origin);
            }
            else if (!nodeIds.Contains(relation.To))
            {
                yield return sourceIds.Contains(relation.To)
                    ? Error(DiagnosticCodes.WrongReferenceKind, $"'{relation.From}' {verb} '{relation.To}', which is a source, not a node", relation.Origin)
                    : Error(DiagnosticCodes.UnknownRelationTarget, $"'{relation.From}' {verb} '{relation.To}', but no node has that id{Suggest(relation.To, nodeIds)}", relation.Origin);
            }
            if (graph.FindNode(relation.From)?.Kind == NodeKind.Question)
            {
                yield return Error(DiagnosticCodes.QuestionHasRelations,
                    $"the question '{relation.From}' cannot support or contest anything: other nodes answer it", relation.Origin);
            }
        }

        foreach (var undercut in map.Undercuts)
        {
            var target = undercut.Target;
            if (target.From == undercut.From && target.To == undercut.From)
            {
                continue;
            }
            if (!relationKeys.Contains(target))
            {
                var missing = !nodeIds.Contains(target.From) ? $"no node has the id '{target.From}'"
                    : !nodeIds.Contains(target.To) ? $"no node has the id '{target.To}'"
                    : $"'{target.From}' neither supports nor contests '{target.To}'";
                yield return Error(DiagnosticCodes.UnknownUndercutRelation,
                    $"'{undercut.From}' undercuts the relation {target.From} -> {target.To}, but {missing}", undercut.Origin);
            }
            else if (target.From == undercut.From || target.To == undercut.From)
            {
                yield return Error(DiagnosticCodes.SelfRelation,
                    $"'{undercut.From}' undercuts a relation it is itself part of ({target.From} -> {target.To})", undercut.Origin);
            }
        }

        foreach (var node in map.Nodes)
        {
            if (node.Evidence?.SourceId is { } source)
            {
                foreach (var d in SourceReference(node, "source", source, DiagnosticCodes.UnknownSource, nodeIds, sourceIds))
                {
                    yield return d;
                }
            }
            if (node.Evidence?.CitedInId is { } citedIn)
            {
                foreach (var d in SourceReference(node, "citedIn", citedIn, DiagnosticCodes.UnknownCitedIn, nodeIds, sourceIds))
                {
                    yield return d;
                }
            }
        }
        if (map.About is { } about && !sourceIds.Contains(about))
        {
            yield return Error(DiagnosticCodes.UnknownSource, $"\"about\" names '{about}', but no source has that id{Suggest(about, sourceIds)}", "/about");
        }
    }

    private static IEnumerable<Diagnostic> SourceReference(ArgumentNode node, string field, string id, string code,
        HashSet<string> nodeIds, HashSet<string> sourceIds)
    {
        if (sourceIds.Contains(id))
        {
            yield break;
        }
        yield return nodeIds.Contains(id)
            ? Error(DiagnosticCodes.WrongReferenceKind, $"\"{field}\" of '{node.Id}' names '{id}', which is a node, not a source", node.Origin, field)
            : Error(code, $"\"{field}\" of '{node.Id}' names '{id}', but no source has that id{Suggest(id, sourceIds)}", node.Origin, field);
    }

    private static string Suggest(string name, IEnumerable<string> candidates) =>
        NameSuggester.Closest(name, candidates) is { } best ? $" (did you mean '{best}'?)" : "";
}
