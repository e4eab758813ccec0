namespace ArgMap.Reasoning;

/// <summary>The status of an argument in a labelling (Caminada's three-valued labels).</summary>
public enum Label : byte
{
    /// <summary>Accepted.</summary>
    In,
    /// <summary>Rejected: attacked by an accepted argument.</summary>
    Out,
    /// <summary>Neither accepted nor rejected.</summary>
    Undec,
}
