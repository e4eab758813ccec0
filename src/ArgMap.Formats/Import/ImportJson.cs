using System.Globalization;
using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Input;
using ArgMap.Formats.Json;

namespace ArgMap.Formats.Import;

/// <summary>
/// JSON reading shared by the JSON importers: parse leniently (comments, trailing commas), turn a syntax error into an
/// AM001 error at its line and column, and find the line and column of any JSON pointer on demand.
/// </summary>
internal sealed class ImportJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    private readonly InputText _input;
    private JsonPositionIndex? _index;

    private ImportJson(InputText input, JsonDocument document)
    {
        _input = input;
        Document = document;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>
    /// Parses a format whose document is one JSON object, or gives the failed import to return: the syntax error, or
    /// an AM wrong-type error saying what the file should be (<paramref name="shape"/>).
    /// </summary>
    public static ImportJson? ParseObject(InputText input, string shape, out ImportResult? failure)
    {
        failure = null;
        var json = Parse(input, out var error);
        if (json is null)
        {
            failure = new ImportResult(null, [error!]);
            return null;
        }
        if (json.Root.ValueKind != JsonValueKind.Object)
        {
            json.Document.Dispose();
            failure = ImportBuilder.Failed(input, DiagnosticCodes.WrongType, shape, input.Start);
            return null;
        }
        return json;
    }

    /// <summary>Parses the input, or returns the error diagnostic saying where it is malformed.</summary>
    public static ImportJson? Parse(InputText input, out Diagnostic? error)
    {
        error = null;
        if (input.Utf8.Length == 0)
        {
            error = new Diagnostic(DiagnosticCodes.EmptyFile, Severity.Error, "the file is empty", input.Start);
            return null;
        }
        try
        {
            return new ImportJson(input, JsonDocument.Parse(input.Utf8, DocumentOptions));
        }
        catch (JsonException e)
        {
            var at = input.LocationOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = new Diagnostic(DiagnosticCodes.MalformedJson, Severity.Error,
                "malformed JSON: " + (cut > 0 ? message[..cut] : message), at);
            return null;
        }
    }

    /// <summary>The line and column of the value at a JSON pointer (nearest existing ancestor if missing).</summary>
    public SourceLocation At(string pointer)
    {
        _index ??= new JsonPositionIndex(_input.Utf8.Span, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 256,
        });
        return _input.LocationOf(_index.ValueOffset(pointer));
    }

    public static string Pointer(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    public static string Pointer(string parent, string member) => parent + "/" + JsonPositionIndex.Escape(member);

    /// <summary>A string or a number as a string (AIF ids come both ways); null otherwise.</summary>
    public static string? IdString(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) ? IdString(v) : null;

    public static string? IdString(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    };

    public static string? Str(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static IEnumerable<(JsonElement Item, int Index)> Array(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select((x, i) => (x, i))
            : [];
}
