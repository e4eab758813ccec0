namespace ArgMap.Analysis.Evaluation;

/// <summary>Which Dung semantics decides the labels.</summary>
public enum SemanticsKind
{
    /// <summary>The cautious default: unique, polynomial; only what nothing can dispute.</summary>
    Grounded,
    /// <summary>Maximal defensible positions; a node is "in" when some such position accepts it (credulous).</summary>
    Preferred,
    /// <summary>Positions that attack everything they reject; may not exist.</summary>
    Stable,
}
