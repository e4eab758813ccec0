namespace ArgMap.Core.Model;

/// <summary>Names a relation by its two ends; a map holds at most one relation per ordered pair.</summary>
/// <remarks>
/// A class rather than a struct on purpose: as a dictionary key a struct made the runtime compile every
/// dictionary and set method for it at each start (ReadyToRun cannot precompile framework generics over our
/// structs), which cost a short CLI run more than the allocations it saves.
/// </remarks>
public sealed record RelationKey(string From, string To)
{
    public override string ToString() => $"{From}->{To}";
}
