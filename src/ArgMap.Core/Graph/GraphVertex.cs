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

/// <summary>An argument node: question, claim, evidence or rebuttal.</summary>
public sealed record NodeVertex(ArgumentNode Node) : GraphVertex
{
    public override string Key => Node.Id;
}

/// <summary>A supports or contests relation, between its premise and its conclusion.</summary>
public sealed record RelationVertex(Relation Relation) : GraphVertex
{
    public override string Key => Relation.Key.ToString();
}
