using System.Text.Json;
using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Validation;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Json;

/// <summary>
/// Loads an ArgMap JSON file: read and check the bytes, parse (comments and trailing commas allowed), check
/// against the schema, map to the model, validate the argument, and locate every diagnostic at line:column.
/// Problems are values in the result; this never throws for bad input.
/// </summary>
public static partial class ArgumentFileLoader
{
    /// <summary>Deeper nesting than any argument file needs; a guard against stack-hungry input.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    /// <summary>Loads a file by path ("-" reads standard input).</summary>
    public static LoadResult Load(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var input = InputReader.Read(path, diagnostics);
        return input is null ? new LoadResult(null, null, diagnostics) : Load(input);
    }

    /// <summary>Loads JSON text held in memory; <paramref name="displayName"/> names it in diagnostics.</summary>
    public static LoadResult LoadText(string json, string displayName = "<text>")
    {
        var diagnostics = new List<Diagnostic>();
        var input = InputReader.FromBytes(displayName, System.Text.Encoding.UTF8.GetBytes(json), diagnostics);
        return input is null ? new LoadResult(null, null, diagnostics) : Load(input);
    }

    public static LoadResult Load(InputText input)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.Utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            return new LoadResult(null, null, [SyntaxError(input, e)]);
        }
        using (document)
        {
            var root = document.RootElement;
            var diagnostics = new List<Diagnostic>();
            // The schema is authoritative, but slow on big files: it runs only when the fast walk has a doubt.
            var schemaProblems = SchemaFastPath.Conforms(root) ? [] : ArgMapSchema.Check(root);
            foreach (var (code, message, pointer) in schemaProblems)
            {
                diagnostics.Add(new Diagnostic(code, Severity.Error, message, null, pointer));
            }
            var map = new ArgumentMapJsonMapper(diagnostics).Map(root, input.DisplayName == "<stdin>" ? null : input.DisplayName);
            var graph = ArgumentGraph.Build(map);
            if (root.ValueKind == JsonValueKind.Object)
            {
                diagnostics.AddRange(MapValidator.Validate(graph));
            }
            var index = new Lazy<JsonPositionIndex>(() => PositionIndex(input));
            var located = Locate(input, diagnostics, index);
            return new LoadResult(map, graph, located, pointer => input.LocationOf(index.Value.ValueOffset(pointer)));
        }
    }

    private static Diagnostic SyntaxError(InputText input, JsonException e)
    {
        var location = input.LocationOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        var message = PositionSuffix().Replace(e.Message, "").Trim();
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new Diagnostic(DiagnosticCodes.NestingTooDeep, Severity.Error,
                $"the JSON is nested more than {MaxDepth} levels deep; an argument file never needs that", location);
        }
        return new Diagnostic(DiagnosticCodes.MalformedJson, Severity.Error, $"malformed JSON: {Plain(message)}", location);
    }

    /// <summary>System.Text.Json's messages speak of "JSON object" and "value"; keep them, but drop the noise.</summary>
    private static string Plain(string message) => message.Replace(" Path: $", "", StringComparison.Ordinal).TrimEnd('.');

    private static JsonPositionIndex PositionIndex(InputText input) => new(input.Utf8.Span, new JsonReaderOptions
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    });

    private static List<Diagnostic> Locate(InputText input, List<Diagnostic> diagnostics, Lazy<JsonPositionIndex> lazyIndex)
    {
        if (diagnostics.Count == 0)
        {
            return diagnostics;
        }
        var index = lazyIndex.Value;
        return diagnostics
            .Select(d => d with
            {
                Location = d.Location ?? (d.JsonPath is null ? input.Start
                    : input.LocationOf(d.Code == DiagnosticCodes.UnknownField ? index.NameOffset(d.JsonPath) : index.ValueOffset(d.JsonPath))),
                RelatedLocation = d.RelatedLocation ?? (d.RelatedJsonPath is null ? null : input.LocationOf(index.ValueOffset(d.RelatedJsonPath))),
            })
            .OrderBy(d => d.Location!.Line).ThenBy(d => d.Location!.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex PositionSuffix();
}
