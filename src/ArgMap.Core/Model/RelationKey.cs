namespace ArgMap.Core.Model;

/// <summary>Names a relation by its two ends; a map holds at most one relation per ordered pair.</summary>
public readonly record struct RelationKey(string From, string To)
{
    public override string ToString() => $"{From}->{To}";
}
