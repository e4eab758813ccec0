namespace ArgMap.Core.Graph;

/// <summary>The part an edge plays around a reified relation vertex.</summary>
public enum GraphEdgeRole
{
    /// <summary>From the node a relation is declared on to the relation vertex.</summary>
    Premise,
    /// <summary>From the relation vertex to the node it supports or contests.</summary>
    Conclusion,
    /// <summary>From an undercutting node to the relation vertex whose inference it attacks.</summary>
    Undercut,
}
