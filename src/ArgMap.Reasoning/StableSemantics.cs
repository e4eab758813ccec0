namespace ArgMap.Reasoning;

/// <summary>The stable semantics: conflict-free sets that attack every argument outside them. There may be none.</summary>
public static class StableSemantics
{
    /// <summary>Enumerates the stable extensions (complete labellings with no UNDEC argument).</summary>
    public static ExtensionSet Enumerate(ArgumentationFramework framework, SearchLimits? limits = null) =>
        LabellingSearch.Run(framework, limits, SearchMode.Stable);
}
