using ArgMap.Layout;

namespace ArgMap.Rendering.Diagram;

/// <summary>
/// A drawn edge, routed from the node the relation is declared on to what it bears on (so the arrowhead is at the
/// route's end). For an undercut, <see cref="To"/> is the premise of the attacked relation and
/// <see cref="ToTarget"/> its conclusion; the route ends on the middle of that relation's edge.
/// </summary>
public sealed record DiagramEdge(EdgeKind Kind, string From, string To, string? ToTarget, EdgeRoute Route, string? Label, Point LabelAt);
