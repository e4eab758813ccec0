namespace ArgMap.Layout;

/// <summary>An edge from <see cref="Node"/> that ends on the midpoint of edge number <see cref="Edge"/> (an "undercut").</summary>
/// <param name="Node">Index of the attaching node (route start).</param>
/// <param name="Edge">Index into <see cref="LayoutGraph.Edges"/> of the attacked edge.</param>
public sealed record LayoutAttachment(int Node, int Edge);
