namespace ArgMap.Formats.Json;

/// <summary>The member names the format defines, per kind of object; anything else earns an "unknown field" warning.</summary>
internal static class KnownFields
{
    public static readonly string[] TopLevel = ["$schema", "argmap", "title", "subtitle", "about", "nodes", "sources"];

    public static readonly string[] Node = ["id", "type", "text", "tags", "by", "note", "weight", "period", "supports", "contests", "undercuts"];

    public static readonly string[] EvidenceOnly = ["quote", "source", "locator", "attribution", "date", "citedIn", "context", "highlight", "primaryChecked"];

    public static readonly string[] AllNode = [.. Node, .. EvidenceOnly];

    public static readonly string[] Target = ["to", "label", "weight"];

    public static readonly string[] UndercutTarget = ["from", "to"];

    public static readonly string[] Period = ["from", "to"];

    /// <summary>
    /// CSL-JSON variables. CSL is open (Zotero adds its own), so an unrecognised source member is only reported when
    /// it is a near miss of one of these ("titel", "auhtor").
    /// </summary>
    public static readonly string[] Csl =
    [
        "id", "type", "title", "title-short", "author", "editor", "translator", "container-author", "collection-editor",
        "composer", "director", "interviewer", "recipient", "reviewed-author", "original-author", "contributor",
        "issued", "accessed", "original-date", "event-date", "submitted", "container-title", "container-title-short",
        "collection-title", "collection-number", "volume", "number-of-volumes", "issue", "page", "page-first",
        "number-of-pages", "edition", "number", "chapter-number", "publisher", "publisher-place", "original-publisher",
        "original-publisher-place", "original-title", "event", "event-title", "event-place", "genre", "medium", "section",
        "source", "status", "version", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "archive", "archive_location",
        "archive-place", "call-number", "note", "annote", "abstract", "keyword", "language", "authority", "dimensions",
        "references", "scale", "citation-key", "citation-label", "jurisdiction", "division", "language", "license",
    ];
}
