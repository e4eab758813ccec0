using ArgMap.Core.Model;

namespace ArgMap.Core.Graph;

/// <summary>
/// A vertex of the argument graph. Relations are reified as vertices of their own (as AIF does with its RA and
/// CA nodes) so that an undercut can target a relation like any other vertex.
/// </summary>
public abstract record GraphVertex
{
    /// <summary>A stable, unique name used for sorting and by exporters.</summary>
    public abstract string Key { get; }
}

/// <summary>An argument node: question, claim, evidence or rebuttal. Vertices are equal when their ids are.</summary>
public sealed record NodeVertex(ArgumentNode Node) : GraphVertex
{
    public override string Key => Node.Id;

    // Graph dictionaries hash vertices on every edge operation; comparing whole node records (quotes and all)
    // made building a 10,000-node graph take seconds.
    public bool Equals(NodeVertex? other) => other is not null && string.Equals(Node.Id, other.Node.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Node.Id);
}

/// <summary>A supports or contests relation, between its premise and its conclusion. Equal when their ends are.</summary>
public sealed record RelationVertex(Relation Relation) : GraphVertex
{
    public override string Key => Relation.Key.ToString();

    public bool Equals(RelationVertex? other) => other is not null && Relation.Key == other.Relation.Key;

    public override int GetHashCode() => Relation.Key.GetHashCode();
}
