using ArgMap.Core.Model;

namespace ArgMap.Rendering.View;

/// <summary>The nodes, relations and undercuts a view draws, in file order; relations and undercuts only between drawn nodes.</summary>
public sealed record DiagramSelection(
    IReadOnlyList<ArgumentNode> Nodes,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Undercut> Undercuts,
    IReadOnlyDictionary<string, int> HiddenEvidenceCounts);
