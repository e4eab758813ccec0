using System.Text;
using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Graph;

namespace ArgMap.Cli;

/// <summary>The Markdown report of <c>argmap analyze --format md</c>, for study notes and essay appendices.</summary>
internal static class AnalysisMarkdown
{
    public static string Write(ArgumentGraph graph, Assessment assessment)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(graph.Map.DisplayTitle)).Append("\n\n");
        md.Append("## Verdict\n\n| semantics | yes side | no side | verdict |\n|---|---|---|---|\n");
        foreach (var v in assessment.Verdicts)
        {
            md.Append($"| {v.Semantics} | {v.Yes.ToString().ToLowerInvariant()} | {v.No.ToString().ToLowerInvariant()} | {Escape(v.Summary)}{(v.Exact ? "" : " (search cut short)")} |\n");
        }
        md.Append($"\n## Nodes ({assessment.Semantics.ToString().ToLowerInvariant()} semantics)\n\n| node | side | label | score | why |\n|---|---|---|---|---|\n");
        foreach (var id in assessment.NodeIds)
        {
            md.Append($"| `{id}` | {graph.SideOf(id).ToWord()} | {AnalysisReport.LabelWord(assessment.Labels[id])} | {assessment.Scores[id].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} | {Escape(assessment.Explanations[id])} |\n");
        }
        md.Append("\n## What to shore up\n\n");
        if (assessment.Lints.Count == 0)
        {
            md.Append("Nothing: every check passes.\n");
        }
        foreach (var lint in assessment.Lints)
        {
            md.Append($"- **{lint.Code} {lint.Name}**{(lint.NodeId is null ? "" : $" (`{lint.NodeId}`)")}: {Escape(lint.Message)}. *Fix:* {Escape(lint.Hint)}.\n");
        }
        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
