using System.Globalization;
using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Core.Validation;
using static ArgMap.Formats.Json.ArgumentMapJsonMapper;

namespace ArgMap.Formats.Json;

/// <summary>Maps one CSL-JSON item to a <see cref="Source"/>, keeping the variables it does not type in <see cref="Source.Extra"/>.</summary>
internal static class SourceMapper
{
    private static readonly HashSet<string> Typed =
    [
        "id", "type", "title", "author", "issued", "container-title", "volume", "issue", "page", "publisher",
        "publisher-place", "URL", "DOI", "archive", "archive_location", "note",
    ];

    public static Source? Map(JsonElement element, string origin, List<Diagnostic> diagnostics)
    {
        if (element.ValueKind != JsonValueKind.Object || Str(element, "id") is not { } id)
        {
            return null;
        }
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (Typed.Contains(member.Name))
            {
                continue;
            }
            extra[member.Name] = member.Value.GetRawText();
            if (!KnownFields.Csl.Contains(member.Name) && NameSuggester.Closest(member.Name, KnownFields.Csl) is { } suggestion)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownField, Severity.Warning,
                    $"unknown CSL variable \"{member.Name}\" (did you mean \"{suggestion}\"?); it is kept but no citation style uses it",
                    null, origin + "/" + JsonPositionIndex.Escape(member.Name)));
            }
        }
        var (issued, literal) = Date(element);
        return new Source(
            id,
            Str(element, "type"),
            Str(element, "title"),
            Names(element, "author"),
            issued,
            literal,
            Str(element, "container-title"),
            StrOrNumber(element, "volume"),
            StrOrNumber(element, "issue"),
            StrOrNumber(element, "page"),
            Str(element, "publisher"),
            Str(element, "publisher-place"),
            Str(element, "URL"),
            Str(element, "DOI"),
            Str(element, "archive"),
            Str(element, "archive_location"),
            Str(element, "note"),
            extra.Count == 0 ? null : extra,
            origin);
    }

    private static IReadOnlyList<PersonName> Names(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object)
                .Select(v => new PersonName(Str(v, "family"), Str(v, "given"), Str(v, "literal"))).ToList()
            : [];

    private static (IReadOnlyList<int>?, string?) Date(JsonElement element)
    {
        if (!element.TryGetProperty("issued", out var issued) || issued.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }
        var literal = Str(issued, "literal") ?? Str(issued, "raw");
        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0].ValueKind == JsonValueKind.Array)
        {
            var numbers = new List<int>();
            foreach (var p in parts[0].EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n)
                    || p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
                {
                    numbers.Add(n);
                }
            }
            return (numbers.Count > 0 ? numbers : null, literal);
        }
        return (null, literal);
    }

    private static string? StrOrNumber(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
