using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Rendering.Citations;

namespace ArgMap.Rendering.Markdown;

/// <summary>
/// Writes an argument as a Markdown outline for an essay appendix or study notes: the title, the question, a "Yes"
/// and a "No" section with the claims as nested lists following the primary tree, evidence as block quotes with
/// their attribution and a footnote, and the full citations as footnotes (GitHub / CommonMark footnote syntax).
/// </summary>
/// <remarks>
/// <para>
/// Each node is a list item: what it does to its parent ("supports", "contests", or "undercuts the inference from
/// `a` to `b`", with the relation's label), its kind in bold, its id in a code span (so cross references can be
/// followed), its text and who advances it. Children are nested under the node they bear on; a node hung in the
/// primary tree by an undercut is nested under the premise of the relation it attacks. Relations that are not in
/// the primary tree (cross links) and further undercuts are listed under the node as "also ...". An item whose side
/// differs from its section (a rebuttal to a "no" claim, in the "No" section) says which side it argues for.
/// </para>
/// <para>
/// Footnotes are numbered by first reference in the text (the analysed work first). User text is escaped where
/// Markdown would read it as markup (emphasis and code characters, link brackets, HTML, entities, and block markers
/// at the start of a line), leaving ordinary punctuation alone; URLs in citations are left unescaped so they stay
/// links.
/// </para>
/// </remarks>
public static class MarkdownExporter
{
    public static string Export(ArgumentGraph graph, CitationStyle style = CitationStyle.Chicago)
    {
        var writer = new Writer(graph, style);
        return writer.Write();
    }

    private sealed class Writer(ArgumentGraph graph, CitationStyle style)
    {
        private readonly StringBuilder _sb = new();
        private readonly Dictionary<string, int> _footnotes = new(StringComparer.Ordinal);
        private readonly List<Source> _footnoteSources = [];
        private readonly Dictionary<string, List<(ArgumentNode Child, Relation? Via, Undercut? ViaUndercut)>> _children = new(StringComparer.Ordinal);

        public string Write()
        {
            BuildChildren();
            var map = graph.Map;
            _sb.Append("# ").Append(EscapeHeading(map.DisplayTitle)).Append("\n\n");
            if (map.Subtitle is { } subtitle)
            {
                _sb.Append('*').Append(Emphasised(subtitle)).Append("*\n\n");
            }
            if (map.About is { } about && graph.FindSource(about) is { } aboutSource)
            {
                _sb.Append("Analyses: ").Append(Escape(CitationFormatter.Short(aboutSource, style))).Append(Ref(aboutSource)).Append("\n\n");
            }
            var question = map.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question && ReferenceEquals(graph.FindNode(n.Id), n));
            if (question is not null)
            {
                _sb.Append("## Question: ").Append(EscapeHeading(Flatten(question.Text ?? question.Id))).Append("\n\n");
                AppendBlockNote(question);
                foreach (var side in new[] { Side.Yes, Side.No })
                {
                    _sb.Append(side == Side.Yes ? "## Yes\n\n" : "## No\n\n");
                    var top = Children(question.Id).Where(c => graph.SideOf(c.Child.Id) == side).ToList();
                    if (top.Count == 0)
                    {
                        _sb.Append("*Nothing on this side.*\n\n");
                        continue;
                    }
                    foreach (var item in top)
                    {
                        WriteItem(item.Child, item.Via, item.ViaUndercut, 0, side);
                    }
                    EnsureBlankLine();
                }
            }
            var unconnected = graph.UnreachableNodeIds().Select(id => graph.FindNode(id)!).ToList();
            if (unconnected.Count > 0)
            {
                _sb.Append("## Unconnected\n\n");
                _sb.Append("*These nodes cannot reach the question through any relation.*\n\n");
                foreach (var node in unconnected)
                {
                    WriteItem(node, null, null, 0, Side.None);
                }
                EnsureBlankLine();
            }
            if (_footnoteSources.Count > 0)
            {
                for (var i = 0; i < _footnoteSources.Count; i++)
                {
                    _sb.Append("[^").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("]: ")
                       .Append(Runs(CitationFormatter.Entry(_footnoteSources[i], style))).Append('\n');
                }
            }
            return _sb.ToString().TrimEnd('\n') + "\n";
        }

        private void BuildChildren()
        {
            foreach (var node in graph.Map.Nodes)
            {
                if (!ReferenceEquals(graph.FindNode(node.Id), node))
                {
                    continue;
                }
                if (graph.PrimaryRelationOf(node.Id) is { } via)
                {
                    Add(via.To, (node, via, null));
                }
                else if (graph.PrimaryUndercutOf(node.Id) is { } undercut)
                {
                    Add(undercut.Target.From, (node, null, undercut));
                }
            }
            // Children in the order their relations (or undercuts) are declared, so the outline follows the file.
            foreach (var list in _children.Values)
            {
                list.Sort((a, b) => Order(a).CompareTo(Order(b)));
            }

            void Add(string parent, (ArgumentNode, Relation?, Undercut?) child)
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children[parent] = list = [];
                }
                list.Add(child);
            }

            static (int, int) Order((ArgumentNode Child, Relation? Via, Undercut? ViaUndercut) c) =>
                c.Via is { } r ? (0, r.Order) : (1, c.ViaUndercut!.Order);
        }

        private IReadOnlyList<(ArgumentNode Child, Relation? Via, Undercut? ViaUndercut)> Children(string id) =>
            _children.TryGetValue(id, out var list) ? list : [];

        private void WriteItem(ArgumentNode node, Relation? via, Undercut? viaUndercut, int depth, Side section)
        {
            var indent = new string(' ', depth * 2);
            var inner = indent + "  ";
            _sb.Append(indent).Append("- ");
            if (via is not null)
            {
                _sb.Append('*').Append(Verb(via.Kind)).Append("*");
                if (via.Label is { Length: > 0 } label)
                {
                    _sb.Append(" (").Append(Escape(Flatten(label))).Append(')');
                }
                _sb.Append(" \u2014 ");
            }
            else if (viaUndercut is not null)
            {
                _sb.Append('*').Append(UndercutWords(viaUndercut)).Append("* \u2014 ");
            }
            _sb.Append("**").Append(Kind(node.Kind)).Append("** ").Append(Code(node.Id));
            var side = graph.SideOf(node.Id);
            if (section != Side.None && side != section && side != Side.None)
            {
                _sb.Append(side == Side.Yes ? " (for yes)" : " (for no)");
            }
            if (node.Text is { } text)
            {
                _sb.Append(": ").Append(Escape(Flatten(text)));
            }
            if (node.Evidence is null && node.By is { } by)
            {
                _sb.Append(" \u2014 ").Append(Escape(Flatten(by)));
            }
            _sb.Append('\n');

            if (node.Evidence is { } evidence)
            {
                WriteQuote(node, evidence, inner);
            }
            if (node.Note is { } note)
            {
                EnsureBlankLine();
                _sb.Append(inner).Append("*Note:* ").Append(Escape(Flatten(note))).Append("\n\n");
            }

            // Cross links and further undercuts: what else the node bears on, beyond its place in the tree.
            var also = new List<string>();
            foreach (var relation in graph.RelationsFrom(node.Id))
            {
                if (ReferenceEquals(relation, via))
                {
                    continue;
                }
                var label = relation.Label is { Length: > 0 } l ? $" ({Escape(Flatten(l))})" : "";
                also.Add($"{(via is null && viaUndercut is null && section == Side.None ? "" : "also ")}{Verb(relation.Kind)}{label} {Code(relation.To)}");
            }
            foreach (var undercut in graph.Undercuts.Where(u => u.From == node.Id && !ReferenceEquals(u, viaUndercut)))
            {
                also.Add((viaUndercut is null && section == Side.None ? "" : "also ") + UndercutWords(undercut));
            }
            foreach (var line in also)
            {
                _sb.Append(inner).Append("- ").Append(line).Append('\n');
            }

            foreach (var child in Children(node.Id))
            {
                WriteItem(child.Child, child.Via, child.ViaUndercut, depth + 1, section);
            }
        }

        private void WriteQuote(ArgumentNode node, EvidenceDetails evidence, string inner)
        {
            var paragraphs = Regex.Split(evidence.Quote.ReplaceLineEndings("\n"), @"\n\s*\n")
                .Select(Flatten).Where(p => p.Length > 0).ToList();
            if (paragraphs.Count == 0)
            {
                return;
            }
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    _sb.Append(inner).Append(">\n");
                }
                var open = i == 0 ? "\u201C" : "";
                var close = i == paragraphs.Count - 1 ? "\u201D" : "";
                _sb.Append(inner).Append("> ").Append(open).Append(Escape(paragraphs[i], atLineStart: open.Length == 0)).Append(close).Append('\n');
            }
            if (Attribution(node, evidence) is { Length: > 0 } attribution)
            {
                _sb.Append(inner).Append(">\n").Append(inner).Append("> \u2014 ").Append(attribution).Append('\n');
            }
            _sb.Append('\n');
        }

        /// <summary>"J. V. Stalin, 1933-05-08, ll. 50-55, as cited in Getty 2002, 113-138[^2][^3]" (already escaped).</summary>
        private string Attribution(ArgumentNode node, EvidenceDetails evidence)
        {
            var source = evidence.SourceId is { } sid ? graph.FindSource(sid) : null;
            var citedIn = evidence.CitedInId is { } cid ? graph.FindSource(cid) : null;
            var who = evidence.Attribution ?? (source is { Authors.Count: > 0 } ? source.Authors[0].Display : null) ?? node.By;
            var parts = new List<string?>();
            if (citedIn is not null)
            {
                parts.AddRange([who, evidence.Date, evidence.Locator, "as cited in " + CitationFormatter.Short(citedIn, style)]);
            }
            else if (source is not null && evidence.Attribution is null)
            {
                parts.Add(CitationFormatter.Short(source, style, evidence.Locator));
            }
            else if (source is not null)
            {
                parts.AddRange([evidence.Attribution, evidence.Date, "in " + CitationFormatter.Short(source, style, evidence.Locator)]);
            }
            else
            {
                parts.AddRange([who, evidence.Date, evidence.Locator]);
            }
            var text = Escape(Flatten(string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)))));
            return text + Ref(source) + Ref(citedIn);
        }

        private void EnsureBlankLine()
        {
            if (_sb.Length > 0 && !(_sb.Length >= 2 && _sb[^1] == '\n' && _sb[^2] == '\n'))
            {
                _sb.Append('\n');
            }
        }

        private string Ref(Source? source)
        {
            if (source is null)
            {
                return "";
            }
            if (!_footnotes.TryGetValue(source.Id, out var n))
            {
                _footnoteSources.Add(source);
                n = _footnotes[source.Id] = _footnoteSources.Count;
            }
            return "[^" + n.ToString(CultureInfo.InvariantCulture) + "]";
        }

        private void AppendBlockNote(ArgumentNode node)
        {
            if (node.Note is { } note)
            {
                _sb.Append("*Note:* ").Append(Escape(Flatten(note))).Append("\n\n");
            }
        }

        private string UndercutWords(Undercut undercut) =>
            $"undercuts the inference from {Code(undercut.Target.From)} to {Code(undercut.Target.To)}";

        private static string Verb(RelationKind kind) => kind == RelationKind.Supports ? "supports" : "contests";

        private static string Kind(NodeKind kind) => kind switch
        {
            NodeKind.Question => "Question",
            NodeKind.Claim => "Claim",
            NodeKind.Evidence => "Evidence",
            _ => "Rebuttal",
        };
    }

    /// <summary>A citation's runs, italics as <c>*...*</c> (spaces kept outside the asterisks so they still emphasise).</summary>
    private static string Runs(IReadOnlyList<TextRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            var text = Escape(Regex.Replace(Core.Text.XmlText.RemoveIllegal(run.Text), @"\s+", " "));
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

    private static string Emphasised(string text) => Escape(Flatten(text)).Trim();

    /// <summary>A code span that holds any id: a backtick fence longer than any run of backticks inside.</summary>
    private static string Code(string id)
    {
        var clean = Flatten(id);
        var longest = Regex.Matches(clean, "`+").Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', longest + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') || clean.Length == 0 ? " " : "";
        return fence + pad + clean + pad + fence;
    }

    /// <summary>One line: line breaks and tabs become spaces, runs of spaces collapse, characters XML cannot hold go.</summary>
    private static string Flatten(string text) =>
        Regex.Replace(Core.Text.XmlText.RemoveIllegal(text).Replace('\u0000', ' '), @"[\s]+", " ").Trim();

    private static string EscapeHeading(string text)
    {
        var escaped = Escape(Flatten(text));
        // A heading's trailing run of '#' would be read as a closing sequence.
        return escaped.EndsWith('#') ? escaped[..^1] + "\\#" : escaped;
    }

    private static readonly Regex Url = new(@"\b(?:https?://|mailto:)[^\s<>]+", RegexOptions.CultureInvariant);

    private static readonly Regex Entity = new(@"^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant);

    /// <summary>
    /// Escapes what Markdown would read as markup: <c>\</c>, <c>*</c>, <c>`</c>, <c>[</c>, <c>]</c>, <c>&lt;</c>,
    /// <c>~</c>, <c>|</c> always; <c>_</c> at a word boundary (inside a word it is never emphasis); <c>&amp;</c>
    /// only when it starts an entity; and at the start of a line <c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>=</c>
    /// and an ordered-list number ("1." / "1)"). URLs are copied as they are, so they stay links. Apostrophes,
    /// quotes, periods, commas, hyphens inside text and the rest are left alone.
    /// </summary>
    public static string Escape(string text, bool atLineStart = false)
    {
        var sb = new StringBuilder(text.Length + 8);
        var i = 0;
        if (atLineStart)
        {
            var ordered = Regex.Match(text, @"^(\d{1,9})([.)])");
            if (ordered.Success)
            {
                sb.Append(ordered.Groups[1].Value).Append('\\').Append(ordered.Groups[2].Value);
                i = ordered.Length;
            }
            else if (text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '=')
            {
                sb.Append('\\').Append(text[0]);
                i = 1;
            }
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c is 'h' or 'm' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var url = Url.Match(text, i);
                if (url.Success && url.Index == i)
                {
                    sb.Append(url.Value);
                    i += url.Length;
                    continue;
                }
            }
            switch (c)
            {
                case '\\' or '*' or '`' or '[' or ']' or '<' or '~' or '|':
                    sb.Append('\\').Append(c);
                    break;
                case '_':
                    var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                    var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    sb.Append(before && after ? "_" : "\\_");
                    break;
                case '&':
                    sb.Append(Entity.IsMatch(text.AsSpan(i).ToString()) ? "\\&" : "&");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
            i++;
        }
        return sb.ToString();
    }
}
