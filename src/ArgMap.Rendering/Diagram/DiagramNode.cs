using ArgMap.Layout;
using ArgMap.Rendering.Cards;

namespace ArgMap.Rendering.Diagram;

/// <summary>A card placed on the page: its box in the SVG's user units.</summary>
public sealed record DiagramNode(NodeCard Card, Rect Box);
