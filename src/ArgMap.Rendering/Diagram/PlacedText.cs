using ArgMap.Rendering.Citations;

namespace ArgMap.Rendering.Diagram;

/// <summary>A line of text outside the cards (title, notes, legend), with its runs and absolute baseline position.</summary>
public sealed record PlacedText(IReadOnlyList<TextRun> Runs, double X, double Baseline, double FontSize, bool Bold, bool Muted, string? Link = null)
{
    public string Plain => string.Concat(Runs.Select(r => r.Text));
}
