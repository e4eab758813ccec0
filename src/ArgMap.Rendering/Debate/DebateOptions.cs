using ArgMap.Rendering.Citations;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Debate;

/// <summary>The paper a debate packet is printed on.</summary>
public enum PaperSize
{
    /// <summary>ISO A4 (210 × 297 mm), the default.</summary>
    A4,
    /// <summary>US Letter (8.5 × 11 in).</summary>
    Letter,
}

/// <summary>
/// How to write a debate packet: the paper size for the print CSS, the citation style of the full cites, and the
/// view options of the embedded map (its status labels are always set from the assessment).
/// </summary>
public sealed record DebateOptions
{
    public static DebateOptions Default { get; } = new();

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public CitationStyle Citations { get; init; } = CitationStyle.Chicago;

    /// <summary>The view of the map drawn at the end of the HTML packet (focus, side, theme, ...).</summary>
    public ViewOptions View { get; init; } = ViewOptions.Default;
}
