using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Reasoning;

namespace ArgMap.Analysis.Framework;

/// <summary>
/// The quantitative bipolar framework DF-QuAD scores run on: one argument per node with its <c>weight</c> as base
/// score (0.5 when absent), supports and contests as supports and attacks. A relation that is undercut becomes an
/// argument of its own (base score: the relation's weight, else 0.5) that its premise supports, its undercutters
/// attack, and that supports or attacks the conclusion, so an undercut weakens exactly that inference.
/// </summary>
public static class GradualFrameworkTranslator
{
    public static ArgumentationFramework Translate(ArgumentGraph graph)
    {
        var builder = new ArgumentationFrameworkBuilder();
        foreach (var node in graph.Map.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n)))
        {
            builder.AddArgument(node.Id, node.Weight);
        }
        foreach (var relation in graph.Relations)
        {
            var undercuts = graph.UndercutsOn(relation.Key);
            var from = relation.From;
            if (undercuts.Count > 0)
            {
                from = relation.Kind == RelationKind.Supports
                    ? MapFramework.SupportHolds(relation.From, relation.To)
                    : MapFramework.ContestHolds(relation.From, relation.To);
                builder.AddArgument(from, relation.Weight ?? 0.5);
                builder.AddSupport(relation.From, from);
                foreach (var u in undercuts)
                {
                    builder.AddAttack(u.From, from);
                }
            }
            if (relation.Kind == RelationKind.Supports)
            {
                builder.AddSupport(from, relation.To);
            }
            else
            {
                builder.AddAttack(from, relation.To);
            }
        }
        return builder.Build();
    }
}
