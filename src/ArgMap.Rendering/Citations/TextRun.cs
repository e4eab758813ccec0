namespace ArgMap.Rendering.Citations;

/// <summary>A piece of text that is set in italics or not: citation styles italicise titles of whole works.</summary>
public readonly record struct TextRun(string Text, bool Italic = false);
