using ArgMap.Layout;
using ArgMap.Rendering.Themes;

namespace ArgMap.Rendering.Diagram;

/// <summary>
/// Everything an exporter needs, placed and styled: the page size, the title block, the cards, the edges, the legend
/// and the source notes. Pure data: exporters turn it into SVG, PNG, PDF without making layout decisions.
/// </summary>
public sealed record Diagram(
    double Width,
    double Height,
    Theme Theme,
    double FontSize,
    string Title,
    string Description,
    IReadOnlyList<PlacedText> Header,
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramEdge> Edges,
    Rect? LegendBox,
    IReadOnlyList<PlacedText> Footer);
