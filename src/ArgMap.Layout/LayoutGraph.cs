namespace ArgMap.Layout;

/// <summary>The input of <see cref="LayeredLayout.Compute"/>: boxes, edges and attachments, all referenced by index.</summary>
/// <param name="Nodes">The boxes; a node's id is its index.</param>
/// <param name="Edges">Primary edges (a forest) and cross links (anything, including cycles and self loops).</param>
/// <param name="Attachments">Edges that end on the middle of another edge.</param>
public sealed record LayoutGraph(
    IReadOnlyList<LayoutNode> Nodes,
    IReadOnlyList<LayoutEdge> Edges,
    IReadOnlyList<LayoutAttachment> Attachments)
{
    /// <summary>A graph with no nodes.</summary>
    public static LayoutGraph Empty { get; } = new([], [], []);
}
