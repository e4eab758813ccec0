namespace ArgMap.Core.Model;

/// <summary>
/// An attack by node <see cref="From"/> on the inference of the relation <see cref="Target"/>: the evidence may
/// be genuine, but it does not show what it is offered for.
/// </summary>
public sealed record Undercut(string From, RelationKey Target, int Order = 0, string? Origin = null);
