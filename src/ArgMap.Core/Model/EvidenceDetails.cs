namespace ArgMap.Core.Model;

/// <summary>
/// The fields only evidence carries: the verbatim quote and where it comes from. <see cref="PrimaryChecked"/> says
/// a quote read second-hand (<see cref="CitedInId"/>) has been checked against its primary source.
/// </summary>
public sealed record EvidenceDetails(
    string Quote,
    string? SourceId = null,
    string? Locator = null,
    string? Attribution = null,
    string? Date = null,
    string? CitedInId = null,
    string? Context = null,
    IReadOnlyList<string>? Highlight = null,
    bool PrimaryChecked = false)
{
    public IReadOnlyList<string> Highlights => Highlight ?? [];
}
