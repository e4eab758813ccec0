using System.Text.Json;
using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using Json.Schema;

namespace ArgMap.Formats.Json;

/// <summary>
/// The JSON Schema (draft 2020-12) of the argument file format: the file users point "$schema" at, embedded so
/// the loader checks every file against exactly what editors autocomplete from. Schema errors become diagnostics
/// with ArgMap's codes and plain-words messages.
/// </summary>
public static partial class ArgMapSchema
{
    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(ArgMapSchema).Assembly.GetManifestResourceStream("argmap.schema.json")
            ?? throw new InvalidOperationException("the schema resource is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText.Value));

    /// <summary>The schema as shipped, byte for byte.</summary>
    public static string Text => SchemaText.Value;

    /// <summary>Every schema violation in the document, as (code, message, JSON pointer), in document order.</summary>
    internal static IReadOnlyList<(string Code, string Message, string Pointer)> Check(JsonElement root)
    {
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var found = new List<(string, string, string)>();
        var seen = new HashSet<(string, string)>();
        foreach (var detail in results.Details)
        {
            // Failures inside "if" only choose the branch; they are not problems in the file.
            if (detail.Errors is null || detail.IsValid || detail.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            {
                continue;
            }
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                // "if/then/else" and "$ref" wrap the failures of their subschemas, which are reported on their own.
                if (keyword is "if" or "then" or "else" or "$ref" or "properties" or "items" || !seen.Add((pointer, keyword)))
                {
                    continue;
                }
                found.Add(Translate(keyword, message, pointer, root));
            }
        }
        return found;
    }

    private static (string, string, string) Translate(string keyword, string message, string pointer, JsonElement root)
    {
        var field = FieldName(pointer);
        switch (keyword)
        {
            case "type":
                var m = TypeMessage().Match(message);
                var expected = m.Success ? Words(m.Groups[2].Value) : "another type";
                var actual = m.Success ? Article(m.Groups[1].Value) : "this";
                return (DiagnosticCodes.WrongType, $"{field} must be {expected}, not {actual}", pointer);
            case "required":
                var names = RequiredNames().Matches(message).Select(x => x.Groups[1].Value).ToList();
                if (pointer.Length == 0 && names.Contains("argmap"))
                {
                    return (DiagnosticCodes.UnsupportedVersion, "the format version is missing: add \"argmap\": 1 at the top of the file", pointer);
                }
                var what = pointer.Length == 0 ? "the file" : $"{Describe(pointer, root)}";
                return (DiagnosticCodes.MissingField,
                    $"{what} is missing the required field{(names.Count > 1 ? "s" : "")} {string.Join(", ", names.Select(n => $"\"{n}\""))}", pointer);
            case "const" when pointer == "/argmap":
                return (DiagnosticCodes.UnsupportedVersion,
                    $"unsupported format version {Raw(pointer, root)}: this ArgMap reads version 1", pointer);
            case "enum" when pointer.EndsWith("/type", StringComparison.Ordinal) && pointer.StartsWith("/nodes/", StringComparison.Ordinal):
                var given = Raw(pointer, root);
                var suggestion = Core.Validation.NameSuggester.Closest(given.Trim('"'), ["question", "claim", "evidence", "rebuttal"]);
                return (DiagnosticCodes.UnknownNodeType,
                    $"unknown node type {given}: use question, claim, evidence or rebuttal{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}", pointer);
            case "pattern" when field.EndsWith("\"date\"", StringComparison.Ordinal) || field.EndsWith("\"from\"", StringComparison.Ordinal) && pointer.Contains("/period/"):
                return (DiagnosticCodes.InvalidValue, $"{field} must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), not {Raw(pointer, root)}", pointer);
            case "pattern":
                return (DiagnosticCodes.InvalidValue, $"{field} {Raw(pointer, root)} is not a valid id: use letters, digits, '-', '_', '.' or ':'", pointer);
            case "minimum" or "maximum":
                return (DiagnosticCodes.InvalidValue, $"{field} must be between 0 and 1, not {Raw(pointer, root)}", pointer);
            case "minLength":
                return (DiagnosticCodes.InvalidValue, $"{field} must not be empty", pointer);
            default:
                return (DiagnosticCodes.InvalidValue, $"{field}: {message}", pointer);
        }
    }

    private static string FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "the file";
        }
        var last = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/").Replace("~0", "~");
        return int.TryParse(last, out _) ? $"item {last} of \"{FieldName(pointer[..pointer.LastIndexOf('/')]).Trim('"')}\"" : $"\"{last}\"";
    }

    /// <summary>"node 'e1'" for a node object, "source 'getty2002'", else the pointer.</summary>
    private static string Describe(string pointer, JsonElement root)
    {
        var element = Resolve(pointer, root);
        var id = element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString() : null;
        var kind = pointer.StartsWith("/nodes/", StringComparison.Ordinal) && pointer.Count(c => c == '/') == 2 ? "node"
            : pointer.StartsWith("/sources/", StringComparison.Ordinal) && pointer.Count(c => c == '/') == 2 ? "source"
            : null;
        return kind is null ? $"the object at {pointer}" : id is null ? $"the {kind} at {pointer}" : $"{kind} '{id}'";
    }

    private static string Raw(string pointer, JsonElement root)
    {
        var raw = Resolve(pointer, root)?.GetRawText() ?? "";
        return raw.Length > 40 ? raw[..37] + "..." : raw;
    }

    private static JsonElement? Resolve(string pointer, JsonElement root)
    {
        var current = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            var name = part.Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    private static string Words(string types)
    {
        var list = types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => Article(t.Trim('"'))).ToList();
        return string.Join(" or ", list);
    }

    private static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => $"an {type}",
        "null" => "null",
        _ => $"a {type}",
    };

    [GeneratedRegex("""Value is "(\w+)" but should be \[?([\w", ]+)\]?""")]
    private static partial Regex TypeMessage();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex RequiredNames();
}
