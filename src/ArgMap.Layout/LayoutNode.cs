namespace ArgMap.Layout;

/// <summary>A box to be placed. Its id is its index in <see cref="LayoutGraph.Nodes"/>.</summary>
/// <param name="Width">Box width (in the final drawing, whatever the direction).</param>
/// <param name="Height">Box height (in the final drawing, whatever the direction).</param>
public sealed record LayoutNode(double Width, double Height);
