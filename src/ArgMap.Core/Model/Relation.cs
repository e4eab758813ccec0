namespace ArgMap.Core.Model;

/// <summary>
/// A supports or contests relation declared on <see cref="From"/> and pointing at <see cref="To"/>.
/// <see cref="Order"/> is the declaration order in the file: it breaks ties so output never depends on hashing.
/// </summary>
public sealed record Relation(
    RelationKind Kind,
    string From,
    string To,
    string? Label = null,
    double? Weight = null,
    int Order = 0,
    string? Origin = null)
{
    /// <summary>A stable identity for the relation, used by undercuts and by exporters.</summary>
    public RelationKey Key => new(From, To);
}
