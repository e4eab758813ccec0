using System.Globalization;
using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Sadface;

/// <summary>
/// Reads SADFace JSON (0.1 layout with analyst fields at the top, 0.2 with <c>metadata.core</c>).
/// <list type="bullet">
/// <item>Atoms become claims (text = the atom's text).</item>
/// <item>A scheme node named "support" makes every atom with an edge into it support every atom it has an edge to;
/// a "conflict" scheme makes them contest it. Other scheme names are read as support, with the name as label (AM205).</item>
/// <item>Question: the atom named by <see cref="ImportOptions.Question"/>, else (as for AIF, whose model SADFace
/// follows) the atom with no outgoing relation that has the most incoming ones (ties: first in the file). A file with
/// no atoms gives a map holding only a synthesised question "(no argument content)" (AM203).</item>
/// </list>
/// </summary>
public static class SadfaceImporter
{
    public static ImportResult Import(InputText input, ImportOptions options)
    {
        var json = ImportJson.ParseObject(input, "a SADFace file is a JSON object with \"nodes\" and \"edges\"", out var failure);
        if (json is null)
        {
            return failure!;
        }
        using var _ = json.Document;
        var root = json.Root;
        var b = new ImportBuilder(input);
        var title = root.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("core", out var core) ? ImportJson.Str(core, "title") : null;
        title ??= ImportJson.Str(root, "title");
        if (string.IsNullOrWhiteSpace(title)) title = null;

        var schemes = new Dictionary<string, (string Name, string Pointer)>(StringComparer.Ordinal);
        foreach (var (n, i) in ImportJson.Array(root, "nodes"))
        {
            var pointer = ImportJson.Pointer("/nodes", i);
            var id = ImportJson.IdString(n, "id");
            var type = ImportJson.Str(n, "type");
            if (id is null)
            {
                b.Warn(DiagnosticCodes.MissingField, "SADFace node has no \"id\"; it is skipped", json.At(pointer));
                continue;
            }
            if (b.HasNode(id) || schemes.ContainsKey(id))
            {
                b.Warn(DiagnosticCodes.DuplicateId, $"SADFace node id '{id}' is used twice; the second node is skipped", json.At(pointer));
                continue;
            }
            if (type == "atom")
            {
                var text = b.CleanHtml(ImportJson.Str(n, "text") ?? "", json.At(pointer));
                b.AddNode(id, NodeKind.Claim, text.Length == 0 ? "(empty text)" : text, pointer, json.At(pointer));
            }
            else if (type == "scheme")
            {
                schemes[id] = ((ImportJson.Str(n, "name") ?? "").Trim(), pointer);
            }
            else
            {
                b.Warn(ImportDiagnosticCodes.UnsupportedElement, $"SADFace node '{id}' has type '{type}', which is not imported", json.At(pointer));
            }
        }
        var into = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var outOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (e, i) in ImportJson.Array(root, "edges"))
        {
            var pointer = ImportJson.Pointer("/edges", i);
            var from = ImportJson.IdString(e, "source_id");
            var to = ImportJson.IdString(e, "target_id");
            bool Known(string? id) => id is not null && (b.HasNode(id) || schemes.ContainsKey(id));
            if (!Known(from) || !Known(to))
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"SADFace edge names a node that does not exist ('{(Known(from) ? to : from)}'); it is dropped", json.At(pointer));
                continue;
            }
            if (b.HasNode(from!) && b.HasNode(to!))
            {
                b.Warn(ImportDiagnosticCodes.IncompleteStructure, "SADFace edge joins two atoms without a scheme; read as support", json.At(pointer));
                b.AddRelation(RelationKind.Supports, b.IdOf(from!)!, b.IdOf(to!)!, null, json.At(pointer), pointer);
                continue;
            }
            (into.TryGetValue(to!, out var l1) ? l1 : into[to!] = []).Add(from!);
            (outOf.TryGetValue(from!, out var l2) ? l2 : outOf[from!] = []).Add(to!);
        }
        foreach (var (id, (name, pointer)) in schemes)
        {
            var at = json.At(pointer);
            var sources = (into.GetValueOrDefault(id) ?? []).Where(b.HasNode).Distinct().ToList();
            var targets = (outOf.GetValueOrDefault(id) ?? []).Where(b.HasNode).Distinct().ToList();
            if (sources.Count == 0 || targets.Count == 0)
            {
                b.Warn(ImportDiagnosticCodes.IncompleteStructure, $"scheme '{id}' ({name}) has {sources.Count} source atoms and {targets.Count} targets; it yields no relation", at);
                continue;
            }
            var kind = name.Equals("conflict", StringComparison.OrdinalIgnoreCase) ? RelationKind.Contests : RelationKind.Supports;
            string? label = null;
            if (kind == RelationKind.Supports && !name.Equals("support", StringComparison.OrdinalIgnoreCase))
            {
                b.Warn(ImportDiagnosticCodes.UnsupportedElement, $"scheme '{id}' is named '{name}', neither support nor conflict; read as support", at);
                label = name.Length > 0 ? name : null;
            }
            foreach (var t in targets)
            {
                foreach (var s in sources)
                {
                    b.AddRelation(kind, b.IdOf(s)!, b.IdOf(t)!, label, at, pointer);
                }
            }
        }

        if (b.Nodes.Count == 0)
        {
            b.SynthesiseQuestion("(no argument content)");
            b.Warn(ImportDiagnosticCodes.NoArgumentContent, "the SADFace file has no atoms; the map holds only a synthesised question", input.Start);
            return b.Result(title, null);
        }
        if (options.Question is { } wanted)
        {
            if (b.NodeByKey(wanted) is { } chosen)
            {
                b.MakeQuestion(chosen.Id);
                b.Info(ImportDiagnosticCodes.QuestionChosen, $"atom '{wanted}' is the question, as asked", chosen.Location);
                return b.Result(title, null);
            }
            b.Warn(ImportDiagnosticCodes.QuestionOptionNotFound, $"the question '{wanted}' names no atom; the question is chosen automatically", input.Start);
        }
        var incoming = b.Relations.GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var outgoing = b.Relations.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var candidates = b.Nodes.Where(n => !outgoing.Contains(n.Id)).ToList();
        if (candidates.Count == 0) candidates = b.Nodes.ToList();
        var best = candidates.OrderByDescending(n => incoming.GetValueOrDefault(n.Id)).First();
        b.MakeQuestion(best.Id);
        b.Info(ImportDiagnosticCodes.QuestionChosen,
            string.Create(CultureInfo.InvariantCulture, $"atom '{best.Key}' is the question: it has the most incoming relations ({incoming.GetValueOrDefault(best.Id)}) of the atoms that support or attack nothing"),
            best.Location);
        return b.Result(title, null);
    }
}
