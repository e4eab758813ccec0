using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Import;

/// <summary>
/// What every importer needs: ArgMap ids made from foreign ids (sanitised to <c>^[A-Za-z0-9_.:-]+$</c>, unique,
/// deterministic), nodes whose kind can still change (the question is chosen last), relations kept one per ordered
/// pair (self-loops and duplicates dropped with a warning) and numbered in declaration order, undercuts, and the
/// diagnostics list.
/// </summary>
internal sealed partial class ImportBuilder
{
    private readonly Dictionary<string, string> _idByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeDraft> _nodes = new(StringComparer.Ordinal);
    private readonly List<NodeDraft> _nodeOrder = [];
    private readonly List<Relation> _relations = [];
    private readonly Dictionary<RelationKey, Relation> _relationByKey = [];
    private readonly List<Undercut> _undercuts = [];
    private readonly HashSet<(string, RelationKey)> _undercutKeys = [];
    private bool _htmlWarned;

    public ImportBuilder(InputText input)
    {
        Input = input;
    }

    public InputText Input { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public IReadOnlyList<NodeDraft> Nodes => _nodeOrder;

    public IReadOnlyList<Relation> Relations => _relations;

    public IReadOnlyList<Undercut> Undercuts => _undercuts;

    public sealed class NodeDraft
    {
        public required string Id { get; init; }
        public required string Key { get; init; }
        public NodeKind Kind { get; set; }
        public string? Text { get; set; }
        public List<string> Tags { get; } = [];
        public string? By { get; set; }
        public string? Note { get; set; }
        public double? Weight { get; set; }
        public string? Origin { get; init; }
        public Func<SourceLocation?>? LocationFactory { get; init; }
        /// <summary>Computed on demand: on a minified one-line file each location costs a scan of the line.</summary>
        public SourceLocation? Location => LocationFactory?.Invoke();
    }

    // ---- diagnostics ----

    public void Warn(string code, string message, SourceLocation? at) =>
        Diagnostics.Add(new Diagnostic(code, Severity.Warning, message, at ?? Input.Start));

    public void Info(string code, string message, SourceLocation? at) =>
        Diagnostics.Add(new Diagnostic(code, Severity.Info, message, at ?? Input.Start));

    public static ImportResult Failed(InputText input, string code, string message, SourceLocation? at) =>
        new(null, [new Diagnostic(code, Severity.Error, message, at ?? input.Start)]);

    // ---- ids ----

    /// <summary>The ArgMap id already given to the foreign key, if any.</summary>
    public string? IdOf(string key) => _idByKey.GetValueOrDefault(key);

    public bool HasNode(string key) => _idByKey.ContainsKey(key);

    public NodeDraft? Node(string id) => _nodes.GetValueOrDefault(id);

    public NodeDraft? NodeByKey(string key) => IdOf(key) is { } id ? Node(id) : null;

    /// <summary>Turns any string into a valid ArgMap id: "¬" becomes "not_", runs of other characters "_".</summary>
    public static string Sanitise(string raw)
    {
        var sb = new StringBuilder(raw.Length + 4);
        var pendingUnderscore = false;
        foreach (var c in raw.Trim())
        {
            if (c == '¬')
            {
                if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
                sb.Append("not_");
                pendingUnderscore = false;
                continue;
            }
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or ':' or '-')
            {
                if (pendingUnderscore && sb.Length > 0 && sb[^1] != '_') sb.Append('_');
                pendingUnderscore = false;
                sb.Append(c);
            }
            else
            {
                pendingUnderscore = true;
            }
        }
        var s = sb.ToString().Trim('_');
        return s.Length == 0 ? "n" : s;
    }

    /// <summary>A fresh unique id from a preferred one (suffixes -2, -3, ... on collision).</summary>
    public string ReserveId(string preferred)
    {
        var baseId = Sanitise(preferred);
        var id = baseId;
        for (var i = 2; !_usedIds.Add(id); i++)
        {
            id = baseId + "-" + i.ToString(CultureInfo.InvariantCulture);
        }
        return id;
    }

    // ---- nodes ----

    /// <summary>Adds a node for the foreign <paramref name="key"/> (which must be new) and returns its ArgMap id.</summary>
    public NodeDraft AddNode(string key, NodeKind kind, string? text, string? origin, SourceLocation? location, string? preferredId = null) =>
        AddNode(key, kind, text, origin, location is null ? null : () => location, preferredId);

    public NodeDraft AddNode(string key, NodeKind kind, string? text, string? origin, Func<SourceLocation?>? location, string? preferredId = null)
    {
        var id = ReserveId(preferredId ?? key);
        _idByKey[key] = id;
        var node = new NodeDraft { Id = id, Key = key, Kind = kind, Text = text, Origin = origin, LocationFactory = location };
        _nodes[id] = node;
        _nodeOrder.Add(node);
        return node;
    }

    /// <summary>Adds the synthesised question (id "question" unless taken) and returns its id.</summary>
    public string SynthesiseQuestion(string text)
    {
        var node = AddNode("\u0000question", NodeKind.Question, text, null, (SourceLocation?)null, "question");
        return node.Id;
    }

    // ---- relations ----

    /// <summary>Adds a relation between two ArgMap ids. Self-loops and second relations on one pair are dropped with a warning.</summary>
    public bool AddRelation(RelationKind kind, string from, string to, string? label, Lazy<SourceLocation> at, string? origin = null, double? weight = null, bool quietDuplicate = false) =>
        AddRelation(kind, from, to, label, () => at.Value, origin, weight, quietDuplicate);

    public bool AddRelation(RelationKind kind, string from, string to, string? label, SourceLocation? at, string? origin = null, double? weight = null, bool quietDuplicate = false) =>
        AddRelation(kind, from, to, label, () => at, origin, weight, quietDuplicate);

    private bool AddRelation(RelationKind kind, string from, string to, string? label, Func<SourceLocation?> lazyAt, string? origin, double? weight, bool quietDuplicate)
    {
        if (from == to)
        {
            Warn(ImportDiagnosticCodes.SelfLoopDropped, $"'{from}' would {Verb(kind)} itself; the self-loop is dropped", lazyAt());
            return false;
        }
        var key = new RelationKey(from, to);
        if (_relationByKey.TryGetValue(key, out var existing))
        {
            if (!quietDuplicate)
            {
                var how = existing.Kind == kind ? "again" : $"but it already {Verb(existing.Kind)}s it";
                Warn(ImportDiagnosticCodes.DuplicateRelationMerged,
                    $"'{from}' {Verb(kind)}s '{to}' {how}; ArgMap keeps one relation per pair, so the first is kept", lazyAt());
            }
            return false;
        }
        var relation = new Relation(kind, from, to, label, weight is >= 0 and <= 1 ? weight : null, _relations.Count, origin);
        _relations.Add(relation);
        _relationByKey[key] = relation;
        return true;
    }

    public bool HasRelation(string from, string to) => _relationByKey.ContainsKey(new RelationKey(from, to));

    public bool AddUndercut(string from, RelationKey target, Lazy<SourceLocation> at, string? origin = null) =>
        AddUndercut(from, target, () => at.Value, origin);

    public bool AddUndercut(string from, RelationKey target, SourceLocation? at, string? origin = null) =>
        AddUndercut(from, target, () => at, origin);

    private bool AddUndercut(string from, RelationKey target, Func<SourceLocation?> lazyAt, string? origin)
    {
        if (target.From == from || target.To == from)
        {
            Warn(ImportDiagnosticCodes.SelfLoopDropped, $"'{from}' would undercut a relation it is part of ({target}); dropped", lazyAt());
            return false;
        }
        if (!_undercutKeys.Add((from, target)))
        {
            return false;
        }
        _undercuts.Add(new Undercut(from, target, _undercuts.Count, origin));
        return true;
    }

    private static string Verb(RelationKind kind) => kind == RelationKind.Supports ? "support" : "contest";

    public bool HasOutgoing(string id) =>
        _relations.Any(r => r.From == id) || _undercuts.Any(u => u.From == id);

    /// <summary>
    /// Makes the node the question: its kind becomes Question and its own outgoing relations and undercuts (which a
    /// question may not have) are dropped with a warning, together with undercuts on the dropped relations.
    /// </summary>
    public void MakeQuestion(string id)
    {
        var node = _nodes[id];
        node.Kind = NodeKind.Question;
        var dropped = _relations.Where(r => r.From == id).ToList();
        var droppedUndercuts = _undercuts.Where(u => u.From == id || u.Target.From == id).ToList();
        if (dropped.Count == 0 && droppedUndercuts.Count == 0)
        {
            return;
        }
        foreach (var r in dropped)
        {
            _relations.Remove(r);
            _relationByKey.Remove(r.Key);
        }
        foreach (var u in droppedUndercuts)
        {
            _undercuts.Remove(u);
        }
        Warn(ImportDiagnosticCodes.QuestionChosen,
            $"'{id}' is the question, which may not support or contest anything: {dropped.Count} of its relations and {droppedUndercuts.Count} undercuts were dropped",
            node.Location);
    }

    // ---- text ----

    [GeneratedRegex(@"<[A-Za-z/!][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Strips HTML tags and decodes entities (warning once per file), and trims.</summary>
    public string CleanHtml(string text, SourceLocation? at) => CleanHtml(text, () => at);

    public string CleanHtml(string text, Func<SourceLocation?> at)
    {
        if (TagPattern().IsMatch(text) || EntityPattern().IsMatch(text))
        {
            var stripped = TagPattern().Replace(text, " ");
            var decoded = WebUtility.HtmlDecode(stripped);
            text = Whitespace().Replace(decoded, " ");
            if (!_htmlWarned)
            {
                _htmlWarned = true;
                Warn(ImportDiagnosticCodes.HtmlStripped, "node text contains HTML: tags were stripped and entities decoded (reported once per file)", at());
            }
        }
        return text.Trim();
    }

    // ---- result ----

    /// <summary>Compares foreign ids naturally: a leading number numerically, then the rest ordinally.</summary>
    public static int NaturalCompare(string a, string b)
    {
        static (long? Number, string Tail) Split(string s)
        {
            var i = 0;
            while (i < s.Length && i < 18 && char.IsAsciiDigit(s[i])) i++;
            return i == 0 ? (null, s) : (long.Parse(s.AsSpan(0, i), CultureInfo.InvariantCulture), s[i..]);
        }
        var (na, ra) = Split(a);
        var (nb, rb) = Split(b);
        if (na is { } x && nb is { } y && x != y) return x.CompareTo(y);
        if (na is null != nb is null) return na is null ? 1 : -1;
        var c = string.CompareOrdinal(ra, rb);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }

    public ArgumentMap Build(string? title, string? subtitle)
    {
        var nodes = _nodeOrder.Select(n => new ArgumentNode(n.Id, n.Kind, n.Text, n.Tags.ToArray(), n.By, n.Note, n.Weight, Origin: n.Origin)).ToList();
        var relations = _relations.Select((r, i) => r with { Order = i }).ToList();
        var undercuts = _undercuts.Select((u, i) => u with { Order = i }).ToList();
        return new ArgumentMap(1, title, subtitle, null, nodes, relations, undercuts, [], Input.DisplayName);
    }

    public ImportResult Result(string? title, string? subtitle) => new(Build(title, subtitle), Diagnostics);
}
