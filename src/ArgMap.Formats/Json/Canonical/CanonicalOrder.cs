namespace ArgMap.Formats.Json.Canonical;

/// <summary>
/// The member order of the canonical form, shared by <see cref="ArgumentMapJsonWriter"/> (which writes the model)
/// and <see cref="CanonicalJson"/> (which reorders a user's file). Members not listed follow the listed ones.
/// </summary>
internal static class CanonicalOrder
{
    public static readonly string[] TopLevel = ["$schema", "argmap", "title", "subtitle", "about", "nodes", "sources"];

    public static readonly string[] Node =
    [
        "id", "type", "text", "tags", "by", "note", "weight", "period", "quote", "source", "locator", "attribution", "date",
        "citedIn", "context", "highlight", "primaryChecked", "supports", "contests", "undercuts",
    ];

    public static readonly string[] Target = ["to", "label", "weight"];

    public static readonly string[] Pair = ["from", "to"];

    /// <summary>The CSL variables <see cref="Core.Model.Source"/> types, in the order they are written; the rest follow.</summary>
    public static readonly string[] Source =
    [
        "id", "type", "title", "author", "issued", "container-title", "volume", "issue", "page", "publisher",
        "publisher-place", "URL", "DOI", "archive", "archive_location", "note",
    ];
}
