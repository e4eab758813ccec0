namespace ArgMap.Core.Model;

/// <summary>
/// A whole argument as the user wrote it: nodes, the relations between them, undercuts on relations, and
/// sources. Immutable; lists keep the file's order. Derived facts (sides, depth) live in
/// <see cref="Graph.ArgumentGraph"/>.
/// </summary>
public sealed record ArgumentMap(
    int Version,
    string? Title,
    string? Subtitle,
    string? About,
    IReadOnlyList<ArgumentNode> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Undercut> Undercuts,
    IReadOnlyList<Source> Sources,
    string? FilePath = null)
{
    /// <summary>The one question node (a validated map has exactly one).</summary>
    public ArgumentNode Question => Nodes.First(n => n.Kind == NodeKind.Question);

    /// <summary>The title to show: the given title, else the question's text.</summary>
    public string DisplayTitle => Title ?? Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question)?.Text ?? "Argument map";
}
