using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Reasoning;
using static ArgMap.Analysis.Framework.MapFramework;

namespace ArgMap.Analysis.Framework;

/// <summary>
/// Translates an argument map into a Dung framework (docs/reasoning.md has worked examples):
/// <list type="bullet">
/// <item>every node is an argument; a contest from x to y is an attack x -> y;</item>
/// <item>a node that something supports needs one support that stands: a helper "unsupported(c)" attacks c and is
/// attacked by "support(e>c)" for each supporter e; "support(e>c)" is attacked by "defeated(e)" (which e attacks), so
/// the support stands exactly when e does and nothing undercuts it;</item>
/// <item>an undercut on a relation attacks that relation's "support(...)" or "contest(...)" helper (a contest that is
/// undercut goes through a "contest(x>y)" helper instead of the direct attack);</item>
/// <item>the question always needs support: "yes" must be argued for, so a question nobody supports is out.</item>
/// </list>
/// A node nothing supports stands on its own unless attacked (presumption), which is why the lints report claims
/// with no evidence under them.
/// </summary>
public static class MapFrameworkTranslator
{
    public static MapFramework Translate(ArgumentGraph graph)
    {
        var builder = new ArgumentationFrameworkBuilder();
        var nodes = graph.Map.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n)).ToList();
        foreach (var node in nodes)
        {
            builder.AddArgument(node.Id, node.Weight);
        }
        var relations = graph.Relations.ToList();
        var defeated = new HashSet<string>(StringComparer.Ordinal);
        void EnsureDefeated(string id)
        {
            if (defeated.Add(id))
            {
                builder.AddArgument(Defeated(id), 0.5);
                builder.AddAttack(id, Defeated(id));
            }
        }

        // Support that must stand.
        var supported = relations.Where(r => r.Kind == RelationKind.Supports).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        if (nodes.FirstOrDefault(n => n.Kind == NodeKind.Question) is { } question)
        {
            supported.Add(question.Id);
        }
        foreach (var id in nodes.Select(n => n.Id).Where(supported.Contains))
        {
            builder.AddArgument(Unsupported(id), 0.5);
            builder.AddAttack(Unsupported(id), id);
        }
        foreach (var relation in relations)
        {
            var undercuts = graph.UndercutsOn(relation.Key);
            if (relation.Kind == RelationKind.Supports)
            {
                var helper = SupportHolds(relation.From, relation.To);
                builder.AddArgument(helper, relation.Weight ?? 0.5);
                EnsureDefeated(relation.From);
                builder.AddAttack(Defeated(relation.From), helper);
                builder.AddAttack(helper, Unsupported(relation.To));
                foreach (var u in undercuts)
                {
                    builder.AddAttack(u.From, helper);
                }
            }
            else if (undercuts.Count == 0)
            {
                builder.AddAttack(relation.From, relation.To);
            }
            else
            {
                var helper = ContestHolds(relation.From, relation.To);
                builder.AddArgument(helper, relation.Weight ?? 0.5);
                EnsureDefeated(relation.From);
                builder.AddAttack(Defeated(relation.From), helper);
                builder.AddAttack(helper, relation.To);
                foreach (var u in undercuts)
                {
                    builder.AddAttack(u.From, helper);
                }
            }
        }
        return new MapFramework(builder.Build(), nodes.Select(n => n.Id).ToList());
    }
}
