using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Markdown;

namespace ArgMap.Rendering.Debate;

/// <summary>
/// Writes the packet as Markdown: the same cover, cases, blocks and flow sheet as the HTML packet; cards as block
/// quotes with the parts to read aloud in bold, blocks as lists, the flow sheet as a table with empty cells. The map
/// itself is left out (a note points to the HTML packet).
/// </summary>
internal static partial class DebateMarkdown
{
    private static string E(string text) => MarkdownExporter.Escape(DebateModel.Flatten(text));

    public static string Write(DebateModel model, DebateOptions options)
    {
        var graph = model.Graph;
        var md = new StringBuilder(16 * 1024);
        var resolution = DebateModel.Flatten(model.Question?.Text ?? graph.Map.DisplayTitle);
        md.Append("# Debate packet: ").Append(Heading(graph.Map.DisplayTitle)).Append("\n\n");
        if (graph.Map.Subtitle is { } subtitle)
        {
            md.Append('*').Append(E(subtitle)).Append("*\n\n");
        }
        md.Append("**Resolution:** ").Append(E(resolution)).Append("\n\n");
        foreach (var side in model.Sides)
        {
            md.Append("## ").Append(side.Name).Append(" \u2014 ").Append(side.Side.ToWord()).Append("\n\n");
            if (side.DirectAnswers.Count == 0)
            {
                md.Append("*The file gives no direct answer for this side.*\n\n");
                continue;
            }
            foreach (var answer in side.DirectAnswers)
            {
                md.Append("- ").Append(E(answer.Text ?? answer.Id)).Append(Label(model, answer.Id)).Append(' ').Append(Code(answer.Id)).Append('\n');
            }
            md.Append('\n');
        }
        md.Append("## Verdict\n\n| Semantics | Affirmative | Negative | Summary |\n|---|---|---|---|\n");
        foreach (var verdict in model.Assessment.Verdicts)
        {
            md.Append("| ").Append(E(DebateModel.SemanticsTitle(verdict.Semantics))).Append(verdict.Exact ? "" : " (search cut short)")
                .Append(" | ").Append(DebateModel.StatusWord(verdict.Yes)).Append(" | ").Append(DebateModel.StatusWord(verdict.No))
                .Append(" | ").Append(E(verdict.Summary)).Append(" |\n");
        }
        md.Append("\nLabels: IN stands, OUT falls, UNDEC undecided, under ").Append(model.Assessment.Semantics.ToString().ToLowerInvariant())
            .Append(" semantics. On each card, read the tag, the cite, then the **bold** words.\n\n");

        foreach (var side in model.Sides)
        {
            Case(md, model, side, options.Citations);
        }
        foreach (var side in model.Sides)
        {
            Blocks(md, model, side);
        }
        Flow(md, model);
        md.Append("## The map\n\n*The map is drawn in the HTML packet (`argmap debate FILE -o packet.html`); it cannot be shown in Markdown.*\n\n");
        md.Append("**Verdict (").Append(model.Assessment.Semantics.ToString().ToLowerInvariant()).Append(" semantics):** ")
            .Append(E(model.Assessment.Verdict.Summary)).Append("\n\n");
        foreach (var node in DebateHtml.Explained(model))
        {
            md.Append("- ").Append(Code(node.Id)).Append(' ').Append(E(DebateModel.Shorten(DebateModel.Flatten(node.Text ?? node.Id), 120)))
                .Append(Label(model, node.Id)).Append(": ").Append(E(model.Assessment.Explanations.GetValueOrDefault(node.Id) ?? "")).Append('\n');
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static string Label(DebateModel model, string id) =>
        model.Assessment.Labels.TryGetValue(id, out var label) ? $" **[{DebateModel.LabelWord(label)}]**" : "";

    private static void Case(StringBuilder md, DebateModel model, SideCase side, CitationStyle style)
    {
        md.Append("## ").Append(side.Name).Append(" case\n\n");
        if (side.Entries.Count == 0)
        {
            md.Append("*Nothing in the file argues this side yet.*\n\n");
        }
        foreach (var entry in side.Entries)
        {
            md.Append("### ").Append(Heading(model.Heading(entry)))
                .Append(Label(model, entry.Node.Id)).Append("\n\n");
            md.Append(Code(entry.Node.Id)).Append(' ').Append(E(model.Role(entry.Node)));
            if (entry.Node.By is { } by)
            {
                md.Append(" \u2014 ").Append(E(by));
            }
            md.Append("\n\n");
            if (entry.Cards.Count == 0)
            {
                md.Append("*No evidence card: this claim rests on assertion.*\n\n");
            }
            foreach (var card in entry.Cards)
            {
                Card(md, model, card, style);
            }
        }
        if (side.Side == Side.No && model.Unconnected.Count > 0)
        {
            md.Append("### Evidence not connected to the resolution\n\n");
            foreach (var card in model.Unconnected)
            {
                Card(md, model, card, style);
            }
        }
    }

    private static void Card(StringBuilder md, DebateModel model, ArgumentNode node, CitationStyle style)
    {
        var e = node.Evidence!;
        md.Append("#### ").Append(Heading(model.Tag(node))).Append("\n\n");
        md.Append("**").Append(E(DebateCite.ReadAloud(model.Graph, node))).Append("** \u2014 ").Append(Runs(DebateCite.Full(model.Graph, node, style)))
            .Append(' ').Append(Code(node.Id)).Append("\n\n");
        var first = true;
        foreach (var paragraph in Highlighter.Paragraphs(e))
        {
            if (!first)
            {
                md.Append(">\n");
            }
            md.Append("> ");
            var start = true;
            foreach (var run in paragraph)
            {
                var text = Spaces().Replace(run.Text, " ");
                if (!run.Marked || text.Trim().Length == 0)
                {
                    md.Append(MarkdownExporter.Escape(text, atLineStart: start));
                }
                else
                {
                    var core = text.Trim();
                    var lead = text[..(text.Length - text.TrimStart().Length)];
                    var trail = text[text.TrimEnd().Length..];
                    md.Append(lead).Append("**").Append(MarkdownExporter.Escape(core)).Append("**").Append(trail);
                }
                start = false;
            }
            md.Append('\n');
            first = false;
        }
        md.Append('\n');
        if (e.Context is { } context && context.Trim().Length > 0)
        {
            md.Append("*Cut in context:* ").Append(E(context)).Append("\n\n");
        }
    }

    private static void Blocks(StringBuilder md, DebateModel model, SideCase side)
    {
        var other = side.Side == Side.Yes ? model.No : model.Yes;
        md.Append("## ").Append(side.Name).Append(" blocks\n\n*What the ").Append(other.Name.ToLowerInvariant()).Append(" can say against the ")
            .Append(side.Name.ToLowerInvariant()).Append(" case, and the answers the file has ready.*\n\n");
        if (side.Blocks.Count == 0)
        {
            md.Append("*The file has nothing the ").Append(other.Name.ToLowerInvariant()).Append(" raises against this side.*\n\n");
        }
        foreach (var block in side.Blocks)
        {
            md.Append("### If they say: ").Append(Heading(model.Tag(block.Attack))).Append(Label(model, block.Attack.Id)).Append("\n\n");
            md.Append(Code(block.Attack.Id)).Append(' ').Append(E(string.Join("; ", block.Against))).Append("\n\n");
            IReadOnlyList<ArgumentNode> theirs = block.Attack.Evidence is not null ? [block.Attack] : block.TheirEvidence;
            if (theirs.Count > 0)
            {
                md.Append("Their evidence: ").Append(E(DebateHtml.EvidenceList(model, theirs))).Append("\n\n");
            }
            md.Append("Answers:\n\n");
            AnswerList(md, model, block.Answers.Where(a => a.Direct));
            if (block.Unanswered)
            {
                md.Append("- **No answer in the file yet**").Append(block.LintedUnanswered ? " (lint AM301)" : "").Append('\n');
            }
            if (block.Answers.Any(a => !a.Direct))
            {
                md.Append("\nAgainst its support:\n\n");
                AnswerList(md, model, block.Answers.Where(a => !a.Direct));
            }
            md.Append('\n');
        }
    }

    private static void AnswerList(StringBuilder md, DebateModel model, IEnumerable<BlockAnswer> answers)
    {
        foreach (var answer in answers)
        {
            md.Append("- ").Append(Code(answer.Node.Id)).Append(' ').Append(E(answer.How)).Append(": ").Append(E(model.Tag(answer.Node))).Append(Label(model, answer.Node.Id)).Append('\n');
            IReadOnlyList<ArgumentNode> evidence = answer.Node.Evidence is not null ? [answer.Node] : model.SupportingEvidence(answer.Node.Id);
            if (evidence.Count > 0)
            {
                md.Append("  - Evidence: ").Append(E(DebateHtml.EvidenceList(model, evidence))).Append('\n');
            }
        }
    }

    private static void Flow(StringBuilder md, DebateModel model)
    {
        md.Append("## Flow sheet\n\n*Speeches in policy-debate order: 1AC first affirmative constructive, 1NC first negative constructive, 2AC, 2NC, 1NR first negative rebuttal, 1AR, 2NR, 2AR. One row per claim; write each speech's answers across.*\n\n");
        md.Append("| Claim | ").Append(string.Join(" | ", DebateModel.Speeches)).Append(" |\n|---|").Append(string.Concat(Enumerable.Repeat("---|", DebateModel.Speeches.Length))).Append('\n');
        foreach (var side in model.Sides)
        {
            foreach (var claim in side.Claims)
            {
                md.Append("| **").Append(side.Short).Append("** ").Append(Code(claim.Id)).Append(' ')
                    .Append(E(DebateModel.Shorten(DebateModel.Flatten(claim.Text ?? claim.Id), 110))).Append(" |")
                    .Append(string.Concat(Enumerable.Repeat("   |", DebateModel.Speeches.Length))).Append('\n');
            }
        }
        md.Append('\n');
    }

    private static string Heading(string text)
    {
        var escaped = E(text);
        return escaped.EndsWith('#') ? escaped[..^1] + "\\#" : escaped;
    }

    /// <summary>A code span for an id (ids hold letters, digits, '-', '_', '.', ':' only, so one backtick fence suffices).</summary>
    private static string Code(string id) => "`" + DebateModel.Flatten(id).Replace("`", "'") + "`";

    private static string Runs(IReadOnlyList<TextRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            var text = MarkdownExporter.Escape(Spaces().Replace(run.Text, " "));
            if (!run.Italic || text.Trim().Length == 0)
            {
                sb.Append(text);
                continue;
            }
            var core = text.Trim();
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[text.TrimEnd().Length..];
            sb.Append(lead).Append('*').Append(core).Append('*').Append(trail);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
