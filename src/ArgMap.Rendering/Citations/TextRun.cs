namespace ArgMap.Rendering.Citations;

/// <summary>A piece of text that is set in italics or not: citation styles italicise titles of whole works.</summary>
/// <remarks>A class, not a struct, so lists of runs use precompiled shared generic code (see <c>RelationKey</c>).</remarks>
public sealed record TextRun(string Text, bool Italic = false);
