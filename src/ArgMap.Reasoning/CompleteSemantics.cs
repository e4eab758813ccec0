namespace ArgMap.Reasoning;

/// <summary>The complete semantics: conflict-free sets that contain exactly the arguments they defend.</summary>
public static class CompleteSemantics
{
    /// <summary>Enumerates the complete extensions (every one contains the grounded extension).</summary>
    public static ExtensionSet Enumerate(ArgumentationFramework framework, SearchLimits? limits = null) =>
        LabellingSearch.Run(framework, limits, SearchMode.Complete);
}
