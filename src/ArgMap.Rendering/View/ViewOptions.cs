using ArgMap.Core.Graph;
using ArgMap.Layout;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Themes;

namespace ArgMap.Rendering.View;

/// <summary>What to draw and how: the part of the map, the theme, sizes, direction and citation style.</summary>
public sealed record ViewOptions
{
    public static ViewOptions Default { get; } = new();

    /// <summary>Draw only the neighbourhood of this node (see <see cref="FocusDepth"/>).</summary>
    public string? Focus { get; init; }

    /// <summary>How many relation steps from <see cref="Focus"/> to include (default 2).</summary>
    public int FocusDepth { get; init; } = 2;

    /// <summary>Draw only the question and the nodes on this side.</summary>
    public Side? OnlySide { get; init; }

    /// <summary>Leave out source notes and the note numbers on cards.</summary>
    public bool NoSources { get; init; }

    /// <summary>Hide evidence cards; each claim shows how many quotes back it instead.</summary>
    public bool CollapseEvidence { get; init; }

    /// <summary>The widest a node box may be, in pixels (the question may be 1.4 times wider).</summary>
    public double MaxBoxWidth { get; init; } = 250;

    /// <summary>The base font size, in pixels.</summary>
    public double FontSize { get; init; } = 13;

    public LayoutDirection Direction { get; init; } = LayoutDirection.TopDown;

    public Theme Theme { get; init; } = Theme.Default;

    public CitationStyle Citations { get; init; } = CitationStyle.Chicago;

    /// <summary>
    /// When set, each card shows its label (IN / OUT / UNDEC) as a badge, defeated nodes are faded and struck
    /// through, and the verdict is printed under the title.
    /// </summary>
    public ArgMap.Analysis.Evaluation.Assessment? Status { get; init; }

    /// <summary>When set, a figure caption in this style ("Figure 1. …") is drawn under the map.</summary>
    public CitationStyle? Caption { get; init; }

    /// <summary>Draw a legend of node and edge kinds.</summary>
    public bool Legend { get; init; } = true;

    /// <summary>
    /// Draw the map's title and subtitle above it. A page that shows them in its own heading (the HTML map) turns
    /// this off, so the title does not appear twice.
    /// </summary>
    public bool TitleBlock { get; init; } = true;
}
