using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.View;
using ArgMap.Text;
using static ArgMap.Rendering.Cards.CardMetrics;

namespace ArgMap.Rendering.Cards;

/// <summary>
/// Lays out the text of each node's card and measures the box it needs: a kind-and-side header, the text, and for
/// evidence the quote in quotation marks with an attribution and short-citation footer and its note numbers.
/// Characters XML cannot hold are dropped here, so nothing downstream sees them.
/// </summary>
public sealed class NodeCardBuilder
{
    private readonly ArgumentGraph _graph;
    private readonly ViewOptions _options;
    private readonly SourceNotes _notes;
    private readonly IReadOnlyDictionary<string, int> _hiddenEvidence;

    public NodeCardBuilder(ArgumentGraph graph, ViewOptions options, SourceNotes notes, IReadOnlyDictionary<string, int> hiddenEvidence)
    {
        _graph = graph;
        _options = options;
        _notes = notes;
        _hiddenEvidence = hiddenEvidence;
    }

    public NodeCard Build(ArgumentNode node)
    {
        var side = _graph.SideOf(node.Id);
        var size = _options.FontSize;
        var isQuestion = node.Kind == NodeKind.Question;
        var band = isQuestion ? 0 : SideBand;
        var maxText = (isQuestion ? _options.MaxBoxWidth * 1.4 : _options.MaxBoxWidth) - 2 * PaddingX - band;
        var lines = new List<CardLine>();
        var y = PaddingY;
        var widest = 0.0;
        var footer = "";

        void Add(string text, double fontSize, FontStyle style, TextRole role, int maxLines = int.MaxValue)
        {
            var clean = XmlText.RemoveIllegal(text);
            if (clean.Trim().Length == 0)
            {
                return;
            }
            var block = maxLines == int.MaxValue
                ? TextLayout.Measure(clean, maxText, style, fontSize)
                : TextLayout.Measure(clean, maxText, style, fontSize, maxLines);
            for (var i = 0; i < block.Lines.Count; i++)
            {
                lines.Add(new CardLine(block.Lines[i], band + PaddingX, y + block.FirstBaseline + i * block.LineHeight, fontSize, style, role));
            }
            widest = Math.Max(widest, block.Width);
            y += block.Height + fontSize * 0.3;
        }

        if (isQuestion)
        {
            Add("QUESTION", HeaderSize(size), FontStyle.Bold, TextRole.Header);
            Add(node.DisplayText, QuestionSize(size), FontStyle.Bold, TextRole.Question);
        }
        else
        {
            Add(Header(node, side), HeaderSize(size), FontStyle.Bold, TextRole.Header);
            if (node.Evidence is { } evidence)
            {
                if (node.Text is { } tag)
                {
                    Add(tag, size, FontStyle.Bold, TextRole.Tag);
                }
                Add($"\u201C{Flatten(evidence.Quote)}\u201D", size, FontStyle.Italic, TextRole.Quote, MaxQuoteLines);
                footer = Footer(node, evidence);
                if (footer.Length > 0)
                {
                    Add(footer, SmallSize(size), FontStyle.Regular, TextRole.Footer);
                }
            }
            else
            {
                Add(node.Text ?? "", size, FontStyle.Regular, TextRole.Body);
                if (node.By is { } by)
                {
                    Add("\u2014 " + by, SmallSize(size), FontStyle.Regular, TextRole.Footer);
                }
            }
        }
        ArgMap.Reasoning.Label? status = _options.Status?.Labels.TryGetValue(node.Id, out var label) == true ? label : null;
        if (status is not null && lines.Count > 0)
        {
            // The badge sits at the right end of the header line: make room for it there.
            var headerWidth = TextMeasurer.Width(lines[0].Text, lines[0].Style, lines[0].FontSize);
            widest = Math.Max(widest, headerWidth + BadgeWidth + 8);
        }
        var width = Math.Max(MinWidth, Math.Ceiling(widest + 2 * PaddingX + band));
        var height = Math.Ceiling(y - size * 0.3 + PaddingY);
        return new NodeCard(node, side, width, height, lines, FullText(node, footer, status), status);
    }

    private string Header(ArgumentNode node, Side side)
    {
        var kind = node.Kind switch
        {
            NodeKind.Claim => "CLAIM",
            NodeKind.Evidence => "EVIDENCE",
            NodeKind.Rebuttal => "REBUTTAL",
            _ => "QUESTION",
        };
        var sideText = side switch
        {
            Side.Yes => " \u00B7 YES",
            Side.No => " \u00B7 NO",
            _ => " \u00B7 NOT CONNECTED",
        };
        var hidden = _hiddenEvidence.GetValueOrDefault(node.Id);
        var badge = hidden > 0 ? $" \u00B7 {hidden} QUOTE{(hidden == 1 ? "" : "S")}" : "";
        return kind + sideText + badge;
    }

    /// <summary>"— J. V. Stalin, 1933, ll. 50-55, as cited in Getty 2002, 113-138 [1, 2]".</summary>
    private string Footer(ArgumentNode node, EvidenceDetails evidence)
    {
        var source = evidence.SourceId is { } sid ? _graph.FindSource(sid) : null;
        var citedIn = evidence.CitedInId is { } cid ? _graph.FindSource(cid) : null;
        var who = evidence.Attribution ?? (source is { Authors.Count: > 0 } ? source.Authors[0].Display : null) ?? node.By;
        var year = evidence.Date is { Length: >= 4 } date ? date[..4].TrimStart('-') : source?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var style = _options.Citations;
        var parts = new List<string?>();
        if (citedIn is not null)
        {
            parts.AddRange([who, year, evidence.Locator, "as cited in " + CitationFormatter.Short(citedIn, style)]);
        }
        else if (source is not null && evidence.Attribution is null)
        {
            parts.Add(CitationFormatter.Short(source, style, evidence.Locator));
        }
        else if (source is not null && source.Authors.Any(a => evidence.Attribution!.Contains(CitationFormatter.Surname(a), StringComparison.Ordinal)))
        {
            parts.AddRange([evidence.Attribution, year, evidence.Locator ?? source.Page]);
        }
        else if (source is not null)
        {
            parts.AddRange([evidence.Attribution, year, "in " + CitationFormatter.Short(source, style, evidence.Locator)]);
        }
        else
        {
            parts.AddRange([who, year, evidence.Locator]);
        }
        parts.RemoveAll(string.IsNullOrWhiteSpace);
        var numbers = _options.NoSources ? [] : new[] { evidence.SourceId, evidence.CitedInId }
            .Where(id => id is not null).Select(id => _notes.NumberOf(id!)).Where(n => n > 0).Distinct().ToList();
        var text = parts.Count == 0 ? "" : "\u2014 " + string.Join(", ", parts);
        return numbers.Count == 0 ? text : $"{text} [{string.Join(", ", numbers)}]".TrimStart();
    }

    private static string Flatten(string text) => string.Join(" ", text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));

    /// <summary>The tooltip text; <paramref name="footer"/> is the evidence footer the card already built (or "").</summary>
    private string FullText(ArgumentNode node, string footer, ArgMap.Reasoning.Label? status)
    {
        var sb = new StringBuilder(node.Kind.ToString());
        sb.Append(": ");
        if (node.Text is { } text) sb.Append(text);
        if (node.Evidence is { } e)
        {
            if (node.Text is not null) sb.Append(". ");
            sb.Append('\u201C').Append(Flatten(e.Quote)).Append('\u201D');
            if (footer.Length > 0) sb.Append(' ').Append(footer);
        }
        else if (node.By is { } by)
        {
            sb.Append(" \u2014 ").Append(by);
        }
        if (status is not null && _options.Status!.Explanations.TryGetValue(node.Id, out var why))
        {
            sb.Append(" [").Append(why).Append(']');
        }
        return XmlText.RemoveIllegal(sb.ToString());
    }
}
