namespace ArgMap.Core.Model;

/// <summary>
/// A question, claim, evidence or rebuttal. <see cref="Text"/> is null only on evidence without a tag line;
/// <see cref="Evidence"/> is set exactly when <see cref="Kind"/> is <see cref="NodeKind.Evidence"/>.
/// <see cref="Origin"/> is where the node was read from: a JSON pointer into the input (for diagnostics).
/// </summary>
public sealed record ArgumentNode(
    string Id,
    NodeKind Kind,
    string? Text,
    IReadOnlyList<string> Tags,
    string? By = null,
    string? Note = null,
    double? Weight = null,
    Period? Period = null,
    EvidenceDetails? Evidence = null,
    string? Origin = null)
{
    /// <summary>The text to show for the node: its text, else (for untagged evidence) its quote.</summary>
    public string DisplayText => Text ?? Evidence?.Quote ?? Id;
}
