namespace ArgMap.Core.Model;

/// <summary>
/// A bibliographic item in CSL-JSON terms (what Zotero exports). The variables citation styles use are typed;
/// every other CSL variable is kept verbatim in <see cref="Extra"/> (raw JSON text) so nothing is lost on rewrite.
/// </summary>
public sealed record Source(
    string Id,
    string? Type,
    string? Title,
    IReadOnlyList<PersonName> Authors,
    IReadOnlyList<int>? Issued = null,
    string? IssuedLiteral = null,
    string? ContainerTitle = null,
    string? Volume = null,
    string? Issue = null,
    string? Page = null,
    string? Publisher = null,
    string? PublisherPlace = null,
    string? Url = null,
    string? Doi = null,
    string? Archive = null,
    string? ArchiveLocation = null,
    string? Note = null,
    IReadOnlyDictionary<string, string>? Extra = null,
    string? Origin = null)
{
    /// <summary>The year of issue, when known.</summary>
    public int? Year => Issued is { Count: > 0 } parts ? parts[0] : null;
}
