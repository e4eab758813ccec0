namespace ArgMap.Formats.Import;

/// <summary>Choices an importer needs from the user.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>The id (in the source format) of the node to use as the question, instead of picking one.</summary>
    public string? Question { get; init; }

    /// <summary>Keep dialogue nodes (AIF locutions, transitions) as notes instead of dropping them.</summary>
    public bool KeepDialogue { get; init; }
}
