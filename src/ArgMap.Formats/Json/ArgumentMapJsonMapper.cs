using System.Globalization;
using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Core.Validation;

namespace ArgMap.Formats.Json;

/// <summary>
/// Maps a parsed argument file to the domain model. It reads the DOM tolerantly: a value of the wrong type was
/// already reported by the schema check and is treated here as absent, so one bad field never hides the rest of
/// the file's problems. Every element keeps its JSON pointer as its origin, for later diagnostics; unknown
/// members are reported here, with a "did you mean" for near misses.
/// </summary>
internal sealed class ArgumentMapJsonMapper
{
    private readonly List<Diagnostic> _diagnostics;

    public ArgumentMapJsonMapper(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public ArgumentMap Map(JsonElement root, string? filePath)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ArgumentMap(1, null, null, null, [], [], [], [], filePath);
        }
        CheckMembers(root, "", KnownFields.TopLevel);
        var nodes = new List<ArgumentNode>();
        var relations = new List<Relation>();
        var undercuts = new List<Undercut>();
        if (root.TryGetProperty("nodes", out var nodeArray) && nodeArray.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var element in nodeArray.EnumerateArray())
            {
                var origin = "/nodes/" + i.ToString(CultureInfo.InvariantCulture);
                if (MapNode(element, origin) is { } node)
                {
                    nodes.Add(node);
                    ReadRelations(element, origin, node.Id, relations, undercuts);
                }
                i++;
            }
        }
        var sources = new List<Source>();
        if (root.TryGetProperty("sources", out var sourceArray) && sourceArray.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var element in sourceArray.EnumerateArray())
            {
                if (SourceMapper.Map(element, "/sources/" + i.ToString(CultureInfo.InvariantCulture), _diagnostics) is { } source)
                {
                    sources.Add(source);
                }
                i++;
            }
        }
        var version = root.TryGetProperty("argmap", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 1;
        return new ArgumentMap(version, Str(root, "title"), Str(root, "subtitle"), Str(root, "about"), nodes, relations, undercuts, sources, filePath);
    }

    private ArgumentNode? MapNode(JsonElement element, string origin)
    {
        if (element.ValueKind != JsonValueKind.Object || Str(element, "id") is not { } id)
        {
            return null; // reported by the schema check; without an id nothing can refer to it
        }
        // An unknown type was reported already; reading the node as a claim avoids a cascade of "no such node" errors.
        var kind = Str(element, "type") switch
        {
            "question" => NodeKind.Question,
            "evidence" => NodeKind.Evidence,
            "rebuttal" => NodeKind.Rebuttal,
            _ => NodeKind.Claim,
        };
        CheckMembers(element, origin, KnownFields.AllNode);
        if (kind != NodeKind.Evidence)
        {
            foreach (var member in element.EnumerateObject().Where(m => KnownFields.EvidenceOnly.Contains(m.Name)))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownField, Severity.Warning,
                    $"\"{member.Name}\" applies only to evidence; it is ignored on a {kind.ToString().ToLowerInvariant()}",
                    null, origin + "/" + JsonPositionIndex.Escape(member.Name)));
            }
        }
        if (element.TryGetProperty("period", out var period) && period.ValueKind == JsonValueKind.Object)
        {
            CheckMembers(period, origin + "/period", KnownFields.Period);
        }
        var evidence = kind == NodeKind.Evidence
            ? new EvidenceDetails(
                Str(element, "quote") ?? "",
                Str(element, "source"),
                Str(element, "locator"),
                Str(element, "attribution"),
                Str(element, "date"),
                Str(element, "citedIn"),
                Str(element, "context"),
                element.TryGetProperty("highlight", out _) ? Strings(element, "highlight") : null,
                element.TryGetProperty("primaryChecked", out var checkedValue) && checkedValue.ValueKind == JsonValueKind.True)
            : null;
        return new ArgumentNode(
            id,
            kind,
            Str(element, "text") ?? (kind == NodeKind.Evidence ? null : ""),
            Strings(element, "tags"),
            Str(element, "by"),
            Str(element, "note"),
            Number(element, "weight"),
            period.ValueKind == JsonValueKind.Object ? new Period(Str(period, "from"), Str(period, "to")) : null,
            evidence,
            origin);
    }

    private void ReadRelations(JsonElement element, string origin, string from, List<Relation> relations, List<Undercut> undercuts)
    {
        foreach (var (name, kind) in new[] { ("supports", RelationKind.Supports), ("contests", RelationKind.Contests) })
        {
            if (!element.TryGetProperty(name, out var targets) || targets.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            var j = 0;
            foreach (var target in targets.EnumerateArray())
            {
                var at = $"{origin}/{name}/{j.ToString(CultureInfo.InvariantCulture)}";
                j++;
                if (target.ValueKind == JsonValueKind.String)
                {
                    relations.Add(new Relation(kind, from, target.GetString()!, Order: relations.Count, Origin: at));
                }
                else if (target.ValueKind == JsonValueKind.Object && Str(target, "to") is { } to)
                {
                    CheckMembers(target, at, KnownFields.Target);
                    relations.Add(new Relation(kind, from, to, Str(target, "label"), Number(target, "weight"), relations.Count, at + "/to"));
                }
            }
        }
        if (element.TryGetProperty("undercuts", out var attacks) && attacks.ValueKind == JsonValueKind.Array)
        {
            var j = 0;
            foreach (var attack in attacks.EnumerateArray())
            {
                var at = $"{origin}/undercuts/{j.ToString(CultureInfo.InvariantCulture)}";
                j++;
                if (attack.ValueKind == JsonValueKind.Object && Str(attack, "from") is { } f && Str(attack, "to") is { } t)
                {
                    CheckMembers(attack, at, KnownFields.UndercutTarget);
                    undercuts.Add(new Undercut(from, new RelationKey(f, t), undercuts.Count, at));
                }
            }
        }
    }

    private void CheckMembers(JsonElement element, string origin, string[] known)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (known.Contains(member.Name))
            {
                continue;
            }
            var suggestion = NameSuggester.Closest(member.Name, known);
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownField, Severity.Warning,
                $"unknown field \"{member.Name}\"{(suggestion is null ? " is ignored" : $" is ignored (did you mean \"{suggestion}\"?)")}",
                null, origin + "/" + JsonPositionIndex.Escape(member.Name)));
        }
    }

    internal static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
