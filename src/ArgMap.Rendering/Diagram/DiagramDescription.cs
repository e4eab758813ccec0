using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Diagram;

/// <summary>A plain-words summary of the drawn argument for screen readers (the SVG's &lt;desc&gt;).</summary>
internal static class DiagramDescription
{
    public static string Describe(ArgumentGraph graph, DiagramSelection selection)
    {
        var sb = new StringBuilder("Argument map. ");
        var question = selection.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question);
        if (question is not null)
        {
            sb.Append("Question: ").Append(question.DisplayText).Append(' ');
        }
        foreach (var side in new[] { Side.Yes, Side.No })
        {
            var onSide = selection.Nodes.Where(n => graph.SideOf(n.Id) == side).ToList();
            sb.Append(side == Side.Yes ? "Yes side: " : "No side: ");
            if (onSide.Count == 0)
            {
                sb.Append("nothing. ");
                continue;
            }
            sb.Append(Count(onSide, NodeKind.Claim, "claim")).Append(", ")
              .Append(Count(onSide, NodeKind.Evidence, "piece of evidence", "pieces of evidence")).Append(", ")
              .Append(Count(onSide, NodeKind.Rebuttal, "rebuttal")).Append('.');
            var answers = onSide.Where(n => graph.DepthOf(n.Id) == 1).Select(n => n.DisplayText).ToList();
            if (answers.Count > 0)
            {
                sb.Append(" Answers: ").Append(string.Join(" / ", answers)).Append('.');
            }
            sb.Append(' ');
        }
        if (selection.Undercuts.Count > 0)
        {
            sb.Append(selection.Undercuts.Count).Append(selection.Undercuts.Count == 1 ? " undercut attacks" : " undercuts attack").Append(" an inference.");
        }
        return Core.Text.XmlText.RemoveIllegal(sb.ToString().Trim());
    }

    private static string Count(List<ArgumentNode> nodes, NodeKind kind, string singular, string? plural = null)
    {
        var n = nodes.Count(x => x.Kind == kind);
        return $"{n} {(n == 1 ? singular : plural ?? singular + "s")}";
    }
}
