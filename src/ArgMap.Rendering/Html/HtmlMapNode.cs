using System.Text.Json.Serialization;

namespace ArgMap.Rendering.Html;

/// <summary>What the interactive map's script knows about a node: its texts for the panel and search, and its branch.</summary>
public sealed record HtmlMapNode(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("quote")] string? Quote,
    [property: JsonPropertyName("highlight")] IReadOnlyList<string> Highlight,
    [property: JsonPropertyName("context")] string? Context,
    [property: JsonPropertyName("cite")] string? Cite,
    [property: JsonPropertyName("citation")] string? Citation,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("why")] string? Why,
    [property: JsonPropertyName("parent")] string? Parent,
    [property: JsonPropertyName("children")] IReadOnlyList<string> Children,
    [property: JsonPropertyName("search")] string Search);

/// <summary>The page's embedded data.</summary>
public sealed record HtmlMapData([property: JsonPropertyName("nodes")] IReadOnlyList<HtmlMapNode> Nodes);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HtmlMapData))]
internal sealed partial class HtmlMapJsonContext : JsonSerializerContext;
