using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Input;
using ArgMap.Formats.Json.Canonical;

namespace ArgMap.Formats.Json;

/// <summary>
/// <c>argmap fmt</c>: rewrites a user's ArgMap JSON file in the canonical layout of <see cref="ArgumentMapJsonWriter"/>
/// without losing anything. It works on the parsed document, not on the model, so:
/// <list type="bullet">
/// <item>known members are put in the canonical order (<see cref="CanonicalOrder"/>); every other member (unknown
/// top-level, node, target, undercut and period members, and a source's CSL variables beyond the typed ones) follows
/// them in its original relative order, its value copied verbatim (numbers keep their exact text; only whitespace and
/// string escapes are normalised). Duplicate members are kept too.</item>
/// <item><c>"$schema"</c> is kept, first. A target written <c>{"to": "x"}</c> with nothing else becomes <c>"x"</c>.</item>
/// <item>Trailing commas disappear. Comments cannot be carried (System.Text.Json's DOM drops them): a file with
/// comments is refused with <see cref="DiagnosticCodes.CommentsWouldBeLost"/> at the first comment, unless
/// <c>dropComments</c> is set.</item>
/// <item>A file the loader reports errors for is not formatted: the result has no text, and the loader's
/// diagnostics. Otherwise the problems are the loader's warnings (the text is still produced).</item>
/// </list>
/// Idempotent: formatting the output again gives the same text. For a file written by
/// <see cref="ArgumentMapJsonWriter"/>, the output equals the input.
/// </summary>
public static class CanonicalJson
{
    public static (string? Text, IReadOnlyList<Diagnostic> Problems) Format(InputText input, bool dropComments = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = ArgumentFileLoader.Load(input);
        if (loaded.HasErrors)
        {
            return (null, loaded.Diagnostics);
        }
        var problems = loaded.Diagnostics.ToList();
        if (!dropComments && FirstComment(input) is { } at)
        {
            problems.Insert(0, new Diagnostic(DiagnosticCodes.CommentsWouldBeLost, Severity.Error,
                "the file has comments, which formatting would remove; remove them, or format with comments dropped", at));
            return (null, problems);
        }
        using var document = JsonDocument.Parse(input.Utf8, new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = ArgumentFileLoader.MaxDepth,
        });
        return (CanonicalJsonPrinter.Print(TopLevel(document.RootElement)), problems);
    }

    /// <summary>Formats JSON text held in memory (tests, editors).</summary>
    public static (string? Text, IReadOnlyList<Diagnostic> Problems) FormatText(string json, string displayName = "<text>", bool dropComments = false)
    {
        var diagnostics = new List<Diagnostic>();
        var input = InputReader.FromBytes(displayName, System.Text.Encoding.UTF8.GetBytes(json), diagnostics);
        return input is null ? (null, diagnostics) : Format(input, dropComments);
    }

    private static SourceLocation? FirstComment(InputText input)
    {
        var reader = new Utf8JsonReader(input.Utf8.Span, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Allow,
            MaxDepth = ArgumentFileLoader.MaxDepth,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.Comment)
                {
                    return input.LocationOf(reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // The loader parsed the file already; nothing to report here.
        }
        return null;
    }

    private static JsonTree TopLevel(JsonElement root) => Reorder(root, CanonicalOrder.TopLevel, (name, value) => name switch
    {
        "nodes" when value.ValueKind == JsonValueKind.Array => Each(value, Node),
        "sources" when value.ValueKind == JsonValueKind.Array => Each(value, s => Reorder(s, CanonicalOrder.Source)),
        _ => null,
    });

    private static JsonTree Node(JsonElement node) => Reorder(node, CanonicalOrder.Node, (name, value) => name switch
    {
        "period" => Reorder(value, CanonicalOrder.Pair),
        "supports" or "contests" when value.ValueKind == JsonValueKind.Array => Each(value, Target),
        "undercuts" when value.ValueKind == JsonValueKind.Array => Each(value, u => Reorder(u, CanonicalOrder.Pair)),
        _ => null,
    });

    private static JsonTree Target(JsonElement target)
    {
        if (target.ValueKind == JsonValueKind.Object
            && target.EnumerateObject().Select(m => m.Name).ToList() is [ "to" ]
            && target.GetProperty("to").ValueKind == JsonValueKind.String)
        {
            return JsonTree.Str(target.GetProperty("to").GetString()!);
        }
        return Reorder(target, CanonicalOrder.Target);
    }

    private static JsonArrayTree Each(JsonElement array, Func<JsonElement, JsonTree> map) =>
        new(array.EnumerateArray().Select(map).ToList());

    /// <summary>
    /// The known members in <paramref name="order"/> (each name with all its occurrences), then the rest in their
    /// original order; <paramref name="child"/> rewrites a known member's value (null: copy it verbatim).
    /// </summary>
    private static JsonTree Reorder(JsonElement element, string[] order, Func<string, JsonElement, JsonTree?>? child = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return JsonTree.From(element);
        }
        var members = element.EnumerateObject().ToList();
        var result = new JsonObjectTree();
        foreach (var name in order)
        {
            foreach (var m in members.Where(m => m.Name == name))
            {
                result.Add(m.Name, child?.Invoke(m.Name, m.Value) ?? JsonTree.From(m.Value));
            }
        }
        foreach (var m in members.Where(m => !order.Contains(m.Name)))
        {
            result.Add(m.Name, JsonTree.From(m.Value));
        }
        return result;
    }
}
