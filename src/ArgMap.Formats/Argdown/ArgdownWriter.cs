using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Formats.Argdown;

/// <summary>
/// Writes an <see cref="ArgumentMap"/> as an Argdown document (checked with <c>@argdown/cli</c> 1.7.5:
/// <c>argdown json</c> parses it without errors). The layout:
/// <list type="number">
/// <item>YAML front matter with <c>title</c> and <c>subTitle</c>, then <c># title</c>.</item>
/// <item>The question as the top statement <c>[Question]</c> (or its id, should a node be called "Question"); every
/// other node is a statement titled by its id, <c>[id]: text #tags {data}</c>. Evidence text is the quote in double
/// quotes with attribution, date, citation, locator and "as cited in" appended in parentheses.</item>
/// <item>Relations are incoming relation lines under their target: <c>&lt;+ [from]</c> (supports) and
/// <c>&lt;- [from]</c> (contests). A node is defined (with its text and its own children) under the target of its
/// primary relation (<see cref="ArgumentGraph.PrimaryRelationOf"/>), so the question's tree reads top-down; every
/// other relation (cross links) is a reference-only line <c>&lt;+ [from]</c> under its target. Every relation is
/// written exactly once, every node defined exactly once.</item>
/// <item>Undercuts (section "Undercuts"): Argdown undercuts attack arguments, not statement-to-statement relations. So
/// a relation e->c that is undercut is, in addition to its relation line, reconstructed as an argument. A supports
/// relation becomes <c>&lt;e supports c&gt;</c> with premise-conclusion structure <c>(1) [e] ---- (2) [c]</c>: the
/// undercut then targets its inference (the CLI exports <c>"toType": "inference"</c>). A contests relation cannot be a
/// premise-conclusion argument without inventing a negated conclusion statement, so it becomes an argument
/// <c>&lt;e contests c&gt;</c> with a description and the relations <c>&lt;+ [e]</c> and <c>-&gt; [c]</c>: the
/// undercut targets the argument. The undercutting node is written as <c>[u]</c> followed by
/// <c>_&gt; &lt;argument&gt;</c> (defined there, with its own children, when the undercut is how it reaches the
/// question).</item>
/// <item>Nodes that do not reach the question close the document, in section "Not connected to the question".</item>
/// </list>
/// What a node says beyond its text (type, by, note, weight, period, evidence fields, the evidence's tag line) is
/// kept in Argdown statement data <c>{key: "value"}</c> (YAML flow mapping with JSON-escaped strings; braces are
/// written as <c>\u007B</c>/<c>\u007D</c> because the Argdown lexer ends data at the first <c>}</c>). Argdown relations
/// carry no data: the label and weight of a node's primary relation go into the node's data as
/// <c>relationLabel</c>/<c>relationWeight</c>; those of cross links are not written. Line breaks in text become spaces. The characters
/// Argdown gives a meaning in text (<c>\ [ ] &lt; &gt; # @ * _ { }</c>) are backslash-escaped. Sources are not written
/// (Argdown has no bibliography); a quote's citation is in its text and its source id in its data.
/// Deterministic: "\n" line ends, invariant culture, no timestamps.
/// </summary>
public static partial class ArgdownWriter
{
    private const string Indent = "  ";

    public static string Write(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new Writer(map).Run();
    }

    private sealed class Writer
    {
        private readonly ArgumentMap _map;
        private readonly ArgumentGraph _graph;
        private readonly StringBuilder _sb = new();
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
        private readonly string _questionTitle;
        private readonly string? _questionId;

        public Writer(ArgumentMap map)
        {
            _map = map;
            _graph = ArgumentGraph.Build(map);
            foreach (var s in map.Sources)
            {
                _sources.TryAdd(s.Id, s);
            }
            _questionId = map.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question)?.Id;
            _questionTitle = map.Nodes.Any(n => n.Id == "Question" && n.Kind != NodeKind.Question) ? _questionId! : "Question";
        }

        public string Run()
        {
            _sb.Append("===\n");
            _sb.Append("title: ").Append(YamlString(_map.DisplayTitle)).Append('\n');
            if (_map.Subtitle is { } subtitle)
            {
                _sb.Append("subTitle: ").Append(YamlString(subtitle)).Append('\n');
            }
            _sb.Append("===\n\n");
            _sb.Append("# ").Append(EscapeText(_map.DisplayTitle)).Append('\n');

            if (_questionId is not null && _graph.FindNode(_questionId) is { } question)
            {
                _sb.Append('\n');
                Define(question, 0);
                Children(question.Id, 1);
            }

            var undercutRelations = _graph.Undercuts
                .GroupBy(u => u.Target)
                .Select(g => (Relation: _graph.FindRelation(g.Key)!, Undercuts: g.OrderBy(u => u.Order).ToList()))
                .OrderBy(x => x.Undercuts[0].Order)
                .ToList();
            if (undercutRelations.Count > 0)
            {
                _sb.Append("\n## Undercuts\n");
                foreach (var (relation, undercuts) in undercutRelations)
                {
                    WriteArgument(relation);
                    foreach (var u in undercuts)
                    {
                        _sb.Append('\n');
                        var node = _graph.FindNode(u.From)!;
                        var defineHere = !_defined.Contains(node.Id) && _graph.PrimaryUndercutOf(node.Id) == u;
                        if (defineHere)
                        {
                            Define(node, 0);
                        }
                        else
                        {
                            _sb.Append('[').Append(Title(node.Id)).Append("]\n");
                        }
                        _sb.Append(Indent).Append("_> <").Append(ArgumentTitle(relation)).Append(">\n");
                        if (defineHere)
                        {
                            Children(node.Id, 1);
                        }
                    }
                }
            }

            var rest = _map.Nodes.Where(n => !_defined.Contains(n.Id) && _graph.FindNode(n.Id) is not null).ToList();
            if (rest.Count > 0)
            {
                _sb.Append("\n## Not connected to the question\n");
                foreach (var node in rest)
                {
                    if (_defined.Contains(node.Id))
                    {
                        continue; // defined meanwhile as a child of an earlier unconnected node
                    }
                    _sb.Append('\n');
                    Define(node, 0);
                    Children(node.Id, 1);
                }
            }
            return _sb.ToString();
        }

        /// <summary>The incoming relations of a node: its tree children defined and nested, the others as references.</summary>
        private void Children(string id, int depth)
        {
            foreach (var r in _graph.RelationsInto(id).OrderBy(r => r.Order))
            {
                var from = _graph.FindNode(r.From);
                if (from is null)
                {
                    continue;
                }
                var nest = !_defined.Contains(from.Id)
                    && (_graph.IsPrimary(r) || !_graph.CanReachQuestion(from.Id) && !_graph.CanReachQuestion(id));
                Repeat(depth);
                _sb.Append(r.Kind == RelationKind.Supports ? "<+ " : "<- ");
                if (nest)
                {
                    Define(from, depth, r);
                    Children(from.Id, depth + 1);
                }
                else
                {
                    _sb.Append('[').Append(Title(from.Id)).Append("]\n");
                }
            }
        }

        private void WriteArgument(Relation r)
        {
            var title = ArgumentTitle(r);
            _sb.Append('\n');
            if (r.Kind == RelationKind.Supports)
            {
                _sb.Append('<').Append(title).Append(">\n\n");
                _sb.Append("(1) [").Append(Title(r.From)).Append("]\n");
                _sb.Append("----\n");
                _sb.Append("(2) [").Append(Title(r.To)).Append("]\n");
            }
            else
            {
                _sb.Append('<').Append(title).Append(">: ")
                    .Append(EscapeText($"The inference from {Title(r.From)} against {Title(r.To)}.")).Append('\n');
                _sb.Append(Indent).Append("<+ [").Append(Title(r.From)).Append("]\n");
                _sb.Append(Indent).Append("-> [").Append(Title(r.To)).Append("]\n");
            }
        }

        private string ArgumentTitle(Relation r) =>
            $"{Title(r.From)} {(r.Kind == RelationKind.Supports ? "supports" : "contests")} {Title(r.To)}";

        private string Title(string id) => id == _questionId ? _questionTitle : id;

        /// <summary>Writes <c>[title]: text #tags {data}</c> and a newline (the caller wrote the indentation and relation symbol).</summary>
        private void Define(ArgumentNode node, int depth, Relation? via = null)
        {
            if (via is null)
            {
                Repeat(depth);
            }
            _defined.Add(node.Id);
            _sb.Append('[').Append(Title(node.Id)).Append("]: ").Append(StatementText(node));
            foreach (var tag in node.Tags)
            {
                _sb.Append(' ').Append(Tag(tag));
            }
            var data = Data(node, via);
            if (data.Count > 0)
            {
                _sb.Append(" {").Append(string.Join(", ", data.Select(kv => kv.Key + ": " + kv.Value))).Append('}');
            }
            _sb.Append('\n');
        }

        private void Repeat(int depth)
        {
            for (var i = 0; i < depth; i++)
            {
                _sb.Append(Indent);
            }
        }

        private string StatementText(ArgumentNode node)
        {
            if (node.Evidence is not { } e)
            {
                var text = EscapeText(node.Text ?? "");
                return text.Length == 0 ? EscapeText(node.Id) : text;
            }
            var parts = new List<string>();
            if (e.Attribution is { } attribution) parts.Add(attribution);
            if (e.Date is { } date) parts.Add(date);
            if (e.SourceId is { } sourceId)
            {
                var citation = Citation(sourceId);
                parts.Add(e.Locator is { } locator ? citation + ", " + locator : citation);
            }
            else if (e.Locator is { } locator)
            {
                parts.Add(locator);
            }
            if (e.CitedInId is { } citedIn) parts.Add("as cited in " + Citation(citedIn));
            var quote = "\u201C" + Collapse(e.Quote) + "\u201D";
            return EscapeText(parts.Count == 0 ? quote : $"{quote} ({string.Join("; ", parts)})");
        }

        private string Citation(string sourceId)
        {
            if (!_sources.TryGetValue(sourceId, out var s))
            {
                return sourceId;
            }
            var names = s.Authors.Select(a => a.Literal ?? a.Family ?? a.Given).Where(n => !string.IsNullOrEmpty(n)).ToList();
            var who = names.Count switch
            {
                0 => s.Title ?? s.Id,
                1 => names[0]!,
                2 => names[0] + " & " + names[1],
                _ => names[0] + " et al.",
            };
            return s.Year is { } year ? who + " " + year.ToString(CultureInfo.InvariantCulture) : who;
        }

        private List<KeyValuePair<string, string>> Data(ArgumentNode node, Relation? via)
        {
            var data = new List<KeyValuePair<string, string>>();
            void Add(string key, string? value)
            {
                if (value is not null) data.Add(new(key, YamlString(value)));
            }
            if (node.Kind != NodeKind.Claim)
            {
                data.Add(new("type", node.Kind.ToString().ToLowerInvariant()));
            }
            if (node.Kind == NodeKind.Question && _questionTitle != node.Id)
            {
                Add("id", node.Id);
            }
            if (node.Evidence is not null)
            {
                Add("text", node.Text);
            }
            Add("by", node.By);
            Add("note", node.Note);
            if (node.Weight is { } weight)
            {
                data.Add(new("weight", weight.ToString("R", CultureInfo.InvariantCulture)));
            }
            if (node.Period is { } period)
            {
                Add("periodFrom", period.From);
                Add("periodTo", period.To);
            }
            if (node.Evidence is { } e)
            {
                Add("source", e.SourceId);
                Add("locator", e.Locator);
                Add("date", e.Date);
                Add("citedIn", e.CitedInId);
                Add("context", e.Context);
                if (e.Highlights.Count > 0)
                {
                    data.Add(new("highlight", "[" + string.Join(", ", e.Highlights.Select(YamlString)) + "]"));
                }
                if (e.PrimaryChecked)
                {
                    data.Add(new("primaryChecked", "true"));
                }
            }
            if (via is not null)
            {
                Add("relationLabel", via.Label);
                if (via.Weight is { } w)
                {
                    data.Add(new("relationWeight", w.ToString("R", CultureInfo.InvariantCulture)));
                }
            }
            return data;
        }
    }

    /// <summary>A YAML double-quoted scalar (JSON escapes are valid YAML); braces escaped for the Argdown lexer.</summary>
    internal static string YamlString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '{': sb.Append("\\u007B"); break;
                case '}': sb.Append("\\u007D"); break;
                default:
                    if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c == '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Statement text: whitespace runs (line breaks included) collapsed, Argdown's special characters escaped.</summary>
    internal static string EscapeText(string text)
    {
        var collapsed = Collapse(text);
        var sb = new StringBuilder(collapsed.Length + 8);
        foreach (var c in collapsed)
        {
            if (c is '\\' or '[' or ']' or '<' or '>' or '#' or '@' or '*' or '_' or '{' or '}')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary><c>#tag</c>, or <c>#(several words)</c> when the tag is not one word; parentheses are dropped.</summary>
    internal static string Tag(string tag)
    {
        var clean = Collapse(tag.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal));
        return SimpleTag().IsMatch(clean) ? "#" + clean : "#(" + clean + ")";
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleTag();
}
