namespace ArgMap.Rendering.Diagram;

/// <summary>The three kinds of drawn edge; the SVG class names are these, lower-cased.</summary>
public enum EdgeKind
{
    Supports,
    Contests,
    Undercuts,
}
