namespace ArgMap.Core.Model;

/// <summary>How one node bears on another. Undercuts are not relations between nodes: see <see cref="Undercut"/>.</summary>
public enum RelationKind
{
    Supports,
    Contests,
}
