namespace ArgMap.Analysis.Evaluation;

/// <summary>Whether one side's answer to the question survives.</summary>
public enum SideStatus
{
    /// <summary>At least one of its direct answers is in.</summary>
    Stands,
    /// <summary>Every one of its direct answers is out, or it has none.</summary>
    Falls,
    /// <summary>None is in, but not all are out.</summary>
    Undecided,
}
