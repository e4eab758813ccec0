using System.Text.Json;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Import;

/// <summary>
/// Guesses an input's format from its content and, failing that, its file extension. For JSON the top-level member
/// names decide (read with a forward-only reader, so a large file costs one pass and no allocation per value):
/// <c>argmap</c> -> ArgMap; <c>AIF</c>, or <c>nodes</c> holding <c>nodeID</c> -> AIF; <c>statements</c> with
/// <c>arguments</c> or <c>relations</c> -> Argdown JSON; <c>nodes</c>/<c>edges</c> with <c>resources</c>,
/// <c>metadata</c> or <c>analyst_name</c> (SADFace's envelope, present even in an empty file) -> SADFace.
/// </summary>
public static class FormatDetector
{
    public static InputFormat Detect(InputText input, string path)
    {
        var head = System.Text.Encoding.UTF8.GetString(input.Utf8.Span[..Math.Min(input.Utf8.Length, 4096)]).TrimStart();
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".apx" || head.StartsWith("arg(", StringComparison.Ordinal))
        {
            return InputFormat.Apx;
        }
        if (extension is ".yml" or ".yaml")
        {
            return InputFormat.Carneades;
        }
        if (head.StartsWith('<') || extension == ".xml")
        {
            return InputFormat.Microtext;
        }
        if (head.StartsWith('{'))
        {
            var keys = TopLevelKeys(input.Utf8.Span, out var nodeIdSeen);
            if (keys.Contains("argmap")) return InputFormat.ArgMap;
            if (keys.Contains("AIF") || nodeIdSeen || (keys.Contains("nodes") && keys.Contains("locutions"))) return InputFormat.Aif;
            if (keys.Contains("statements") && (keys.Contains("arguments") || keys.Contains("relations"))) return InputFormat.ArgdownJson;
            if (keys.Contains("nodes") && keys.Contains("edges")
                && (keys.Contains("resources") || keys.Contains("metadata") || keys.Contains("analyst_name")))
            {
                return InputFormat.Sadface;
            }
            // Not valid JSON, or no member names to go on: fall back to the old textual hints.
            if (head.Contains("\"nodeID\"", StringComparison.Ordinal)) return InputFormat.Aif;
            if (head.Contains("\"sadface\"", StringComparison.OrdinalIgnoreCase) || head.Contains("\"atom\"", StringComparison.Ordinal)) return InputFormat.Sadface;
        }
        if (extension is ".yml" or ".yaml")
        {
            return InputFormat.Carneades;
        }
        if (!head.StartsWith('{') && !head.StartsWith('[') && (head.StartsWith("meta:", StringComparison.Ordinal) || head.StartsWith("statements:", StringComparison.Ordinal)))
        {
            return InputFormat.Carneades;
        }
        return InputFormat.ArgMap;
    }

    /// <summary>The names of the root object's members; also whether a "nodeID" member occurs one level below "nodes".</summary>
    private static HashSet<string> TopLevelKeys(ReadOnlySpan<byte> utf8, out bool nodeIdSeen)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        nodeIdSeen = false;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 256,
        });
        string? currentTop = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }
                if (reader.CurrentDepth == 1)
                {
                    currentTop = reader.GetString();
                    if (currentTop is not null) keys.Add(currentTop);
                }
                else if (reader.CurrentDepth == 3 && currentTop == "nodes" && reader.ValueTextEquals("nodeID"u8))
                {
                    nodeIdSeen = true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: keep what was seen; the importer chosen will report the error with its position.
        }
        return keys;
    }
}
