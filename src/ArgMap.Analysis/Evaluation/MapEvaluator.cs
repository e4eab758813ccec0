using System.Collections.Frozen;
using ArgMap.Analysis.Framework;
using ArgMap.Analysis.Lints;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Reasoning;

namespace ArgMap.Analysis.Evaluation;

/// <summary>
/// Answers "does the claim stand?": translates the map into a Dung framework, labels it under grounded,
/// preferred and stable semantics, scores it with DF-QuAD, explains every label, and lints the map.
/// </summary>
public static class MapEvaluator
{
    /// <summary>Bounds the preferred and stable searches so a huge undecided region never hangs the tool.</summary>
    public static readonly SearchLimits Limits = new(maxExtensions: 256, maxSteps: 2_000_000);

    public static Assessment Assess(ArgumentGraph graph, SemanticsKind semantics = SemanticsKind.Grounded)
    {
        var mapFramework = MapFrameworkTranslator.Translate(graph);
        var af = mapFramework.Framework;
        var notes = new List<string>();

        var grounded = GroundedSemantics.Compute(af);
        var verdicts = new List<Verdict> { VerdictFor("grounded", grounded, graph, mapFramework, exact: true) };
        Labelling chosen = grounded;

        var preferred = PreferredSemantics.Enumerate(af, Limits);
        var credulous = PreferredSemantics.CredulousAcceptance(af, preferred);
        var sceptical = PreferredSemantics.ScepticalAcceptance(af, preferred);
        verdicts.Add(VerdictFor("preferred (credulous)", credulous, graph, mapFramework, preferred.Exhaustive));
        verdicts.Add(VerdictFor("preferred (sceptical)", sceptical, graph, mapFramework, preferred.Exhaustive));
        if (!preferred.Exhaustive)
        {
            notes.Add($"the preferred search stopped after {preferred.Count} extensions; preferred labels are a lower bound");
        }

        var stable = StableSemantics.Enumerate(af, Limits);
        Labelling? stableLabels = stable.Count == 0 ? null : StableAcceptance(af, stable);
        verdicts.Add(stableLabels is null
            ? new Verdict("stable", SideStatus.Undecided, SideStatus.Undecided,
                stable.Exhaustive ? "No stable extension exists: the map has an odd cycle of attacks that no position can settle." : "The stable search was cut short before finding an extension.",
                stable.Exhaustive)
            : VerdictFor("stable", stableLabels, graph, mapFramework, stable.Exhaustive));

        if (semantics == SemanticsKind.Preferred)
        {
            chosen = credulous;
        }
        else if (semantics == SemanticsKind.Stable)
        {
            chosen = stableLabels ?? new Labelling(Enumerable.Repeat(Label.Undec, af.Count));
        }

        var explainer = new NodeExplainer(graph, mapFramework, chosen, semantics);
        var labels = new Dictionary<string, Label>(StringComparer.Ordinal);
        var explanations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in mapFramework.NodeIds)
        {
            labels[id] = chosen[mapFramework.ArgumentOf(id)];
            explanations[id] = explainer.Explain(id);
        }

        var gradual = GradualFrameworkTranslator.Translate(graph);
        var scores = DfQuadSemantics.Compute(gradual);
        if (!scores.Converged)
        {
            notes.Add($"DF-QuAD scores did not converge within {scores.Iterations} iterations (a cycle of attacks); they are the last iterate");
        }
        var scoreById = mapFramework.NodeIds.ToDictionary(id => id, id => Math.Round(scores.Scores[gradual.IndexOf(id)], 4), StringComparer.Ordinal);

        return new Assessment(semantics, mapFramework.NodeIds, labels, scoreById, explanations, verdicts, MapLinter.Lint(graph), scores.Converged, notes);
    }

    /// <summary>Credulous acceptance over stable extensions: in some, out (attacked) in all, else undecided.</summary>
    private static Labelling StableAcceptance(ArgumentationFramework af, ExtensionSet stable) => PreferredSemantics.CredulousAcceptance(af, stable);

    private static Verdict VerdictFor(string name, Labelling labels, ArgumentGraph graph, MapFramework mf, bool exact)
    {
        var question = graph.Map.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question);
        if (question is null)
        {
            return new Verdict(name, SideStatus.Undecided, SideStatus.Undecided, "The map has no question.", exact);
        }
        var answers = graph.RelationsInto(question.Id);
        SideStatus Status(RelationKind kind)
        {
            var own = answers.Where(r => r.Kind == kind).Select(r => labels[mf.ArgumentOf(r.From)]).ToList();
            return own.Contains(Label.In) ? SideStatus.Stands
                : own.All(l => l == Label.Out) ? SideStatus.Falls
                : SideStatus.Undecided;
        }
        var yes = Status(RelationKind.Supports);
        var no = Status(RelationKind.Contests);
        string Part(RelationKind kind, SideStatus status)
        {
            var side = kind == RelationKind.Supports ? "\"yes\"" : "\"no\"";
            var own = answers.Where(r => r.Kind == kind).ToList();
            if (own.Count == 0)
            {
                return $"nothing answers {side} directly";
            }
            return status switch
            {
                SideStatus.Stands => $"the {side} side stands ({string.Join(", ", own.Where(r => labels[mf.ArgumentOf(r.From)] == Label.In).Select(r => r.From))} in)",
                SideStatus.Falls => own.Count == 1 ? $"the one {side} answer, {own[0].From}, falls" : $"all {own.Count} {side} answers fall",
                _ => $"the {side} side is undecided",
            };
        }
        var headline = (yes, no) switch
        {
            (SideStatus.Stands, SideStatus.Falls) => "Yes",
            (SideStatus.Falls, SideStatus.Stands) => "No",
            (SideStatus.Stands, SideStatus.Stands) => "Contested",
            (SideStatus.Falls, SideStatus.Falls) => "Neither side stands",
            (SideStatus.Stands, SideStatus.Undecided) => "Leaning yes",
            (SideStatus.Undecided, SideStatus.Stands) => "Leaning no",
            _ => "Undecided",
        };
        var summary = $"{headline}: {Part(RelationKind.Supports, yes)}; {Part(RelationKind.Contests, no)}.";
        return new Verdict(name, yes, no, summary, exact);
    }
}
