using System.Net;
using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;

namespace ArgMap.Rendering.Debate;

/// <summary>Writes the packet as one self-contained HTML page; every user string is escaped.</summary>
internal static class DebateHtml
{
    private static string H(string? text) => WebUtility.HtmlEncode(XmlText.RemoveIllegal(text ?? ""));

    public static string Write(DebateModel model, DebateOptions options)
    {
        var graph = model.Graph;
        var question = model.Question;
        var resolution = DebateModel.Flatten(question?.Text ?? graph.Map.DisplayTitle);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Debate packet: ").Append(H(resolution)).Append("</title>\n<style>\n")
            .Append(DebateStyles.For(options.Paper)).Append("</style>\n</head>\n<body>\n");

        Cover(html, model, resolution);
        foreach (var side in model.Sides)
        {
            Case(html, model, side, options);
        }
        foreach (var side in model.Sides)
        {
            Blocks(html, model, side);
        }
        Flow(html, model);
        Map(html, model, options);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, DebateModel model, string resolution)
    {
        var graph = model.Graph;
        html.Append("<section class=\"cover\" id=\"cover\">\n<p class=\"kicker\">Debate packet</p>\n");
        html.Append("<h1>").Append(H(DebateModel.Flatten(graph.Map.DisplayTitle))).Append("</h1>\n");
        if (graph.Map.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(H(DebateModel.Flatten(subtitle))).Append("</p>\n");
        }
        html.Append("<p class=\"resolution\">Resolution: ").Append(H(resolution)).Append("</p>\n<div class=\"sides\">\n");
        foreach (var side in model.Sides)
        {
            html.Append("<div class=\"side side-").Append(side.Side.ToWord()).Append("\">\n<h2>")
                .Append(side.Name).Append(" \u2014 ").Append(side.Side.ToWord()).Append("</h2>\n");
            if (side.DirectAnswers.Count == 0)
            {
                html.Append("<p class=\"nocards\">The file gives no direct answer for this side.</p>\n");
            }
            else
            {
                html.Append("<ul>\n");
                foreach (var answer in side.DirectAnswers)
                {
                    html.Append("<li>").Append(H(DebateModel.Flatten(answer.Text ?? answer.Id))).Append(' ').Append(Label(model, answer.Id))
                        .Append(" <span class=\"id\">").Append(H(answer.Id)).Append("</span></li>\n");
                }
                html.Append("</ul>\n");
            }
            html.Append("</div>\n");
        }
        html.Append("</div>\n<h3>Verdict</h3>\n<table class=\"verdicts\">\n<thead><tr><th>Semantics</th><th>Affirmative</th><th>Negative</th><th>Summary</th></tr></thead>\n<tbody>\n");
        foreach (var verdict in model.Assessment.Verdicts)
        {
            html.Append("<tr><th>").Append(H(DebateModel.SemanticsTitle(verdict.Semantics))).Append(verdict.Exact ? "" : " (search cut short)")
                .Append("</th><td>").Append(DebateModel.StatusWord(verdict.Yes)).Append("</td><td>").Append(DebateModel.StatusWord(verdict.No))
                .Append("</td><td>").Append(H(verdict.Summary)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        html.Append("<p class=\"how\">How to use this packet: each side's case lists its claims with evidence cards (read the tag, the cite, then the <mark>marked words</mark>); the blocks give the answers the file has to what the other side can say; the flow sheet is for notes during the round. Labels: IN stands, OUT falls, UNDEC undecided, under ")
            .Append(H(model.Assessment.Semantics.ToString().ToLowerInvariant())).Append(" semantics.</p>\n");
        html.Append("</section>\n");
    }

    private static string Label(DebateModel model, string id)
    {
        if (!model.Assessment.Labels.TryGetValue(id, out var label))
        {
            return "";
        }
        var word = DebateModel.LabelWord(label);
        return $"<span class=\"label label-{word.ToLowerInvariant()}\">{word}</span>";
    }

    private static void Case(StringBuilder html, DebateModel model, SideCase side, DebateOptions options)
    {
        html.Append("<section class=\"case case-").Append(side.Side.ToWord()).Append("\" id=\"").Append(side.Slug).Append("-case\">\n<h2>")
            .Append(side.Name).Append(" case</h2>\n");
        if (side.Entries.Count == 0)
        {
            html.Append("<p class=\"nocards\">Nothing in the file argues this side yet.</p>\n");
        }
        foreach (var entry in side.Entries)
        {
            html.Append("<div class=\"claim\" data-claim=\"").Append(H(entry.Node.Id)).Append("\">\n");
            html.Append("<div class=\"claim-head\">\n<h3>").Append(H(model.Heading(entry))).Append(Label(model, entry.Node.Id)).Append("</h3>\n");
            html.Append("<p class=\"role\"><span class=\"id\">").Append(H(entry.Node.Id)).Append("</span> ")
                .Append(H(model.Role(entry.Node))).Append(entry.Node.By is { } by ? " \u2014 " + H(DebateModel.Flatten(by)) : "").Append("</p>\n</div>\n");
            if (entry.Cards.Count == 0)
            {
                html.Append("<p class=\"nocards\">No evidence card: this claim rests on assertion (lint AM300 if nothing below it has evidence).</p>\n");
            }
            foreach (var card in entry.Cards)
            {
                Card(html, model, card, options.Citations);
            }
            html.Append("</div>\n");
        }
        if (side.Side == Side.No && model.Unconnected.Count > 0)
        {
            html.Append("<h3>Evidence not connected to the resolution</h3>\n");
            foreach (var card in model.Unconnected)
            {
                Card(html, model, card, options.Citations);
            }
        }
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, DebateModel model, ArgumentNode node, CitationStyle style)
    {
        var e = node.Evidence!;
        html.Append("<div class=\"card\" data-id=\"").Append(H(node.Id)).Append("\">\n");
        html.Append("<p class=\"tag\">").Append(H(model.Tag(node))).Append("</p>\n");
        html.Append("<p class=\"cite\"><span class=\"cite-short\">").Append(H(DebateCite.ReadAloud(model.Graph, node))).Append("</span><br>\n<span class=\"cite-full\">");
        foreach (var run in DebateCite.Full(model.Graph, node, style))
        {
            html.Append(run.Italic ? "<i>" + H(run.Text) + "</i>" : H(run.Text));
        }
        html.Append(" <span class=\"id\">[").Append(H(node.Id)).Append("]</span></span></p>\n<div class=\"quote\">\n");
        foreach (var paragraph in Highlighter.Paragraphs(e))
        {
            html.Append("<p>");
            foreach (var run in paragraph)
            {
                var text = H(run.Text).Replace("\n", "<br>\n");
                html.Append(run.Marked ? "<mark>" + text + "</mark>" : text);
            }
            html.Append("</p>\n");
        }
        html.Append("</div>\n");
        if (e.Context is { } context && context.Trim().Length > 0)
        {
            html.Append("<div class=\"context\"><span class=\"context-label\">Cut in context:</span>\n");
            foreach (var paragraph in Highlighter.Paragraphs(new EvidenceDetails(context)))
            {
                html.Append("<p>").Append(H(string.Concat(paragraph.Select(r => r.Text))).Replace("\n", "<br>\n")).Append("</p>\n");
            }
            html.Append("</div>\n");
        }
        html.Append("</div>\n");
    }

    private static void Blocks(StringBuilder html, DebateModel model, SideCase side)
    {
        var other = side.Side == Side.Yes ? model.No : model.Yes;
        html.Append("<section class=\"blocks blocks-").Append(side.Side.ToWord()).Append("\" id=\"").Append(side.Slug).Append("-blocks\">\n<h2>")
            .Append(side.Name).Append(" blocks</h2>\n<p class=\"note\">What the ").Append(other.Name.ToLowerInvariant())
            .Append(" can say against the ").Append(side.Name.ToLowerInvariant()).Append(" case, and the answers the file has ready.</p>\n");
        if (side.Blocks.Count == 0)
        {
            html.Append("<p class=\"nocards\">The file has nothing the ").Append(other.Name.ToLowerInvariant()).Append(" raises against this side.</p>\n");
        }
        foreach (var block in side.Blocks)
        {
            html.Append("<div class=\"block\" data-id=\"").Append(H(block.Attack.Id)).Append("\">\n<p class=\"say\">If they say: ")
                .Append(H(model.Tag(block.Attack))).Append(Label(model, block.Attack.Id)).Append("</p>\n");
            html.Append("<p class=\"against\"><span class=\"id\">").Append(H(block.Attack.Id)).Append("</span> ")
                .Append(H(string.Join("; ", block.Against))).Append("</p>\n");
            IReadOnlyList<ArgumentNode> theirs = block.Attack.Evidence is not null ? [block.Attack] : block.TheirEvidence;
            if (theirs.Count > 0)
            {
                html.Append("<p class=\"their\">Their evidence: ").Append(H(EvidenceList(model, theirs))).Append("</p>\n");
            }
            html.Append("<p class=\"answers-head\">Answers:</p>\n");
            AnswerList(html, model, block.Answers.Where(a => a.Direct));
            if (block.Unanswered)
            {
                html.Append("<p class=\"no-answer\">No answer in the file yet").Append(block.LintedUnanswered ? " (lint AM301)" : "").Append("</p>\n");
            }
            if (block.Answers.Any(a => !a.Direct))
            {
                html.Append("<p class=\"answers-head\">Against its support:</p>\n");
                AnswerList(html, model, block.Answers.Where(a => !a.Direct));
            }
            html.Append("</div>\n");
        }
        html.Append("</section>\n");
    }

    private static void AnswerList(StringBuilder html, DebateModel model, IEnumerable<BlockAnswer> answers)
    {
        var list = answers.ToList();
        if (list.Count == 0)
        {
            return;
        }
        html.Append("<ul>\n");
        foreach (var answer in list)
        {
            html.Append("<li><span class=\"id\">").Append(H(answer.Node.Id)).Append("</span> ").Append(H(answer.How)).Append(": ")
                .Append(H(model.Tag(answer.Node))).Append(Label(model, answer.Node.Id));
            IReadOnlyList<ArgumentNode> evidence = answer.Node.Evidence is not null ? [answer.Node] : model.SupportingEvidence(answer.Node.Id);
            if (evidence.Count > 0)
            {
                html.Append("<br><span class=\"evidence-tags\">Evidence: ").Append(H(EvidenceList(model, evidence))).Append("</span>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>"8 May 1933 instruction… (Stalin 1933, as cited in Getty 2002); …".</summary>
    internal static string EvidenceList(DebateModel model, IEnumerable<ArgumentNode> evidence) =>
        string.Join("; ", evidence.Select(e => $"{DebateModel.Shorten(model.Tag(e), 90)} ({DebateCite.ReadAloud(model.Graph, e)})"));

    private static void Flow(StringBuilder html, DebateModel model)
    {
        html.Append("<section class=\"flow\" id=\"flow\">\n<h2>Flow sheet</h2>\n<table class=\"flow-sheet\">\n<caption>Speeches in policy-debate order: ")
            .Append("1AC first affirmative constructive, 1NC first negative constructive, 2AC, 2NC, 1NR first negative rebuttal, 1AR, 2NR, 2AR. One row per claim; write each speech's answers across.</caption>\n");
        html.Append("<thead><tr><th class=\"arg\" scope=\"col\">Claim</th>");
        foreach (var speech in DebateModel.Speeches)
        {
            html.Append("<th scope=\"col\">").Append(speech).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var side in model.Sides)
        {
            foreach (var claim in side.Claims)
            {
                html.Append("<tr data-id=\"").Append(H(claim.Id)).Append("\"><th class=\"arg\" scope=\"row\"><span class=\"side-tag\">").Append(side.Short)
                    .Append("</span> <span class=\"id\">").Append(H(claim.Id)).Append("</span><br>")
                    .Append(H(DebateModel.Shorten(DebateModel.Flatten(claim.Text ?? claim.Id), 110))).Append("</th>");
                html.Append(string.Concat(Enumerable.Repeat("<td></td>", DebateModel.Speeches.Length))).Append("</tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Map(StringBuilder html, DebateModel model, DebateOptions options)
    {
        var view = options.View with { Status = model.Assessment, Citations = options.Citations };
        var diagram = DiagramBuilder.Build(model.Graph, view);
        html.Append("<section class=\"map\" id=\"map\">\n<h2>The map</h2>\n<figure class=\"map-figure\">\n")
            .Append(SvgExporter.Export(diagram)).Append("</figure>\n");
        html.Append("<div class=\"verdict-explained\">\n<h3>Verdict (").Append(H(model.Assessment.Semantics.ToString().ToLowerInvariant())).Append(" semantics): ")
            .Append(H(model.Assessment.Verdict.Summary)).Append("</h3>\n<ul class=\"explanations\">\n");
        foreach (var node in Explained(model))
        {
            html.Append("<li><span class=\"id\">").Append(H(node.Id)).Append("</span> ").Append(H(DebateModel.Shorten(DebateModel.Flatten(node.Text ?? node.Id), 120)))
                .Append(Label(model, node.Id)).Append("<br><span class=\"how\">")
                .Append(H(model.Assessment.Explanations.GetValueOrDefault(node.Id) ?? "")).Append("</span></li>\n");
        }
        html.Append("</ul>\n</div>\n</section>\n");
    }

    /// <summary>The question, then each side's direct answers.</summary>
    internal static IEnumerable<ArgumentNode> Explained(DebateModel model) =>
        (model.Question is null ? [] : new[] { model.Question }).Concat(model.Yes.DirectAnswers).Concat(model.No.DirectAnswers);
}
