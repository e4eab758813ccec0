using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArgMap.Formats.Json;

/// <summary>
/// A fast check that a document satisfies schema/argmap.schema.json. JsonSchema.Net takes about half a
/// millisecond per node, which would dominate loading a large map; this walk takes microseconds. When it says
/// "conforms" the schema evaluation is skipped; when it has any doubt the schema runs and reports. It must
/// never say "conforms" for a document the schema rejects: a property test mutates the examples and checks
/// exactly that (tests/ArgMap.Formats.Tests/Json/SchemaFastPathTests.cs). Keep it in step with the schema.
/// </summary>
internal static partial class SchemaFastPath
{
    private static readonly HashSet<string> NodeTypes = ["question", "claim", "evidence", "rebuttal"];

    public static bool Conforms(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("argmap", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1"
            || !root.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        foreach (var member in root.EnumerateObject())
        {
            var ok = member.Name switch
            {
                "$schema" or "title" or "subtitle" => member.Value.ValueKind == JsonValueKind.String,
                "about" => IsId(member.Value),
                "nodes" => member.Value.EnumerateArray().All(Node),
                "sources" => member.Value.ValueKind == JsonValueKind.Array && member.Value.EnumerateArray().All(Source),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Node(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object
            || !node.TryGetProperty("id", out var id) || !IsId(id)
            || !node.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || !NodeTypes.Contains(type.GetString()!))
        {
            return false;
        }
        var isEvidence = type.GetString() == "evidence";
        if (!node.TryGetProperty(isEvidence ? "quote" : "text", out _))
        {
            return false;
        }
        foreach (var member in node.EnumerateObject())
        {
            var v = member.Value;
            var ok = member.Name switch
            {
                "id" or "type" => true,
                "text" or "quote" => IsNonEmptyString(v),
                "by" or "note" or "locator" or "attribution" or "context" => v.ValueKind == JsonValueKind.String,
                "source" or "citedIn" => IsId(v),
                "date" => IsDate(v),
                "weight" => IsWeight(v),
                "primaryChecked" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "tags" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String),
                "highlight" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(IsNonEmptyString),
                "period" => v.ValueKind == JsonValueKind.Object && v.EnumerateObject().All(p => p.Name is not ("from" or "to") || IsDate(p.Value)),
                "supports" or "contests" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(Target),
                "undercuts" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(Undercut),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Target(JsonElement target) => target.ValueKind switch
    {
        JsonValueKind.String => target.GetString()!.Length > 0,
        JsonValueKind.Object => target.TryGetProperty("to", out var to) && IsId(to)
            && target.EnumerateObject().All(m => m.Name switch
            {
                "label" => m.Value.ValueKind == JsonValueKind.String,
                "weight" => IsWeight(m.Value),
                _ => true,
            }),
        _ => false,
    };

    private static bool Undercut(JsonElement undercut) =>
        undercut.ValueKind == JsonValueKind.Object
        && undercut.TryGetProperty("from", out var from) && IsId(from)
        && undercut.TryGetProperty("to", out var to) && IsId(to);

    private static bool Source(JsonElement source)
    {
        if (source.ValueKind != JsonValueKind.Object || !source.TryGetProperty("id", out var id) || !IsId(id))
        {
            return false;
        }
        foreach (var member in source.EnumerateObject())
        {
            var v = member.Value;
            var ok = member.Name switch
            {
                "type" or "title" or "container-title" or "collection-title" or "publisher" or "publisher-place" or "URL" or "DOI" or "ISBN"
                    or "archive" or "archive_location" or "note" or "language" => v.ValueKind == JsonValueKind.String,
                "volume" or "issue" or "page" or "edition" => v.ValueKind == JsonValueKind.String || IsInteger(v),
                "author" or "editor" or "translator" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(Name),
                "issued" or "accessed" => CslDate(v),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Name(JsonElement name) =>
        name.ValueKind == JsonValueKind.Object
        && name.EnumerateObject().All(m => m.Name is not ("family" or "given" or "literal") || m.Value.ValueKind == JsonValueKind.String);

    private static bool CslDate(JsonElement date) =>
        date.ValueKind == JsonValueKind.Object && date.EnumerateObject().All(m => m.Name switch
        {
            "date-parts" => m.Value.ValueKind == JsonValueKind.Array && m.Value.EnumerateArray().All(parts =>
                parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() is >= 1 and <= 3
                && parts.EnumerateArray().All(p => p.ValueKind == JsonValueKind.String || IsInteger(p))),
            "literal" or "raw" => m.Value.ValueKind == JsonValueKind.String,
            _ => true,
        });

    private static bool IsNonEmptyString(JsonElement v) => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0;

    private static bool IsId(JsonElement v) => v.ValueKind == JsonValueKind.String && IdPattern().IsMatch(v.GetString()!);

    private static bool IsDate(JsonElement v) => v.ValueKind == JsonValueKind.String && DatePattern().IsMatch(v.GetString()!);

    private static bool IsWeight(JsonElement v) => v.ValueKind == JsonValueKind.Number && v.GetDouble() is >= 0 and <= 1;

    private static bool IsInteger(JsonElement v) => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _);

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]+\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^-?[0-9]{1,4}(-[0-9]{2}(-[0-9]{2})?)?\z")]
    private static partial Regex DatePattern();
}
