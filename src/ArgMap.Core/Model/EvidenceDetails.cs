namespace ArgMap.Core.Model;

/// <summary>The fields only evidence carries: the verbatim quote and where it comes from.</summary>
public sealed record EvidenceDetails(
    string Quote,
    string? SourceId = null,
    string? Locator = null,
    string? Attribution = null,
    string? Date = null,
    string? CitedInId = null,
    string? Context = null,
    IReadOnlyList<string>? Highlight = null)
{
    public IReadOnlyList<string> Highlights => Highlight ?? [];
}
