namespace ArgMap.Layout;

/// <summary>
/// A directed edge. <see cref="Parent"/> is drawn before <see cref="Child"/> in the layout direction
/// (above it, for <see cref="LayoutDirection.TopDown"/>) when the edge is primary.
/// </summary>
/// <param name="Parent">Index of the parent node (route start).</param>
/// <param name="Child">Index of the child node (route end).</param>
/// <param name="IsPrimary">Primary edges form a forest and determine the ranks; other edges are cross links.</param>
public sealed record LayoutEdge(int Parent, int Child, bool IsPrimary);
