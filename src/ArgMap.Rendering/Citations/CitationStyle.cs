namespace ArgMap.Rendering.Citations;

/// <summary>How sources are cited in notes: Chicago notes-bibliography (the default) or APA 7.</summary>
public enum CitationStyle
{
    Chicago,
    Apa,
}
