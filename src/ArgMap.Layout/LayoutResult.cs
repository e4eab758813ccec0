namespace ArgMap.Layout;

/// <summary>The output of <see cref="LayeredLayout.Compute"/>. All coordinates are non-negative.</summary>
/// <param name="Nodes">Box of each input node, by index.</param>
/// <param name="Edges">Route of each input edge, from the parent's border to the child's border.</param>
/// <param name="Attachments">Route of each attachment, from the node's border to the attacked edge's midpoint.</param>
/// <param name="Bounds">A rectangle at the origin containing every box and route.</param>
public sealed record LayoutResult(
    IReadOnlyList<Rect> Nodes,
    IReadOnlyList<EdgeRoute> Edges,
    IReadOnlyList<EdgeRoute> Attachments,
    Rect Bounds);
