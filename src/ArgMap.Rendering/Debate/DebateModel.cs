using ArgMap.Analysis.Evaluation;
using ArgMap.Analysis.Lints;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Rendering.Debate;

/// <summary>
/// One item of a side's case: a claim (or rebuttal) of the side with the evidence cards filed under it, or a piece
/// of evidence that stands alone because it attacks the other side directly (then <see cref="Cards"/> is just it).
/// </summary>
internal sealed record CaseEntry(ArgumentNode Node, IReadOnlyList<ArgumentNode> Cards)
{
    public bool IsClaim => Node.Kind is NodeKind.Claim or NodeKind.Rebuttal;
}

/// <summary>
/// An answer available in the file to something the other side says: the node and how it answers. A direct answer
/// contests it or undercuts one of its own links (what lint AM301 counts); an indirect one attacks its support.
/// </summary>
internal sealed record BlockAnswer(ArgumentNode Node, string How, bool Direct = true);

/// <summary>Something the other side can say against this side, with the answers the file has to it.</summary>
internal sealed record Block(ArgumentNode Attack, IReadOnlyList<string> Against, IReadOnlyList<ArgumentNode> TheirEvidence, IReadOnlyList<BlockAnswer> Answers, bool Unanswered, bool LintedUnanswered);

/// <summary>One side of the resolution: its direct answers, its case in primary-tree order, and its blocks.</summary>
internal sealed record SideCase(Side Side, IReadOnlyList<ArgumentNode> DirectAnswers, IReadOnlyList<CaseEntry> Entries, IReadOnlyList<Block> Blocks)
{
    public string Name => Side == Side.Yes ? "Affirmative" : "Negative";

    public string Short => Side == Side.Yes ? "AFF" : "NEG";

    public string Slug => Side == Side.Yes ? "affirmative" : "negative";

    public IEnumerable<ArgumentNode> Claims => Entries.Where(e => e.IsClaim).Select(e => e.Node);
}

/// <summary>
/// What a debate packet holds, worked out once from the graph and the assessment so the HTML and Markdown packets
/// say the same things: the two cases, the blocks each side needs, the flow-sheet rows, and the evidence that
/// cannot reach the question. Every reachable evidence node is filed exactly once: under its nearest claim of the
/// same side on the primary tree, or as an entry of its own when it attacks the other side directly.
/// </summary>
internal sealed class DebateModel
{
    public static readonly string[] Speeches = ["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"];

    private readonly ArgumentGraph _graph;

    public DebateModel(ArgumentGraph graph, Assessment assessment)
    {
        _graph = graph;
        Assessment = assessment;
        Question = graph.Map.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Question && ReferenceEquals(graph.FindNode(n.Id), n));
        var order = Question is null ? [] : PrimaryOrder(Question.Id);
        var unanswered = assessment.Lints.Where(l => l.Code == LintCodes.UnansweredRebuttal && l.NodeId is not null)
            .Select(l => l.NodeId!).ToHashSet(StringComparer.Ordinal);
        Yes = BuildSide(Side.Yes, order, unanswered);
        No = BuildSide(Side.No, order, unanswered);
        Unconnected = graph.UnreachableNodeIds().Select(id => graph.FindNode(id)!).Where(n => n.Evidence is not null).ToList();
    }

    public Assessment Assessment { get; }

    public ArgumentNode? Question { get; }

    public SideCase Yes { get; }

    public SideCase No { get; }

    public IReadOnlyList<SideCase> Sides => [Yes, No];

    /// <summary>Evidence that reaches no side (the map has warnings); filed at the end so no card is lost.</summary>
    public IReadOnlyList<ArgumentNode> Unconnected { get; }

    public ArgumentGraph Graph => _graph;

    /// <summary>The node ids under the question in primary-tree order (depth first, children in file order).</summary>
    private List<ArgumentNode> PrimaryOrder(string root)
    {
        var children = new Dictionary<string, List<(ArgumentNode Node, (int, int) Key)>>(StringComparer.Ordinal);
        foreach (var node in _graph.Map.Nodes)
        {
            if (!ReferenceEquals(_graph.FindNode(node.Id), node))
            {
                continue;
            }
            string? parent = null;
            (int, int) key = default;
            if (_graph.PrimaryRelationOf(node.Id) is { } via)
            {
                parent = via.To;
                key = (0, via.Order);
            }
            else if (_graph.PrimaryUndercutOf(node.Id) is { } undercut)
            {
                parent = undercut.Target.From;
                key = (1, undercut.Order);
            }
            if (parent is null)
            {
                continue;
            }
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }
            list.Add((node, key));
        }
        var result = new List<ArgumentNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        void Visit(string id)
        {
            if (!children.TryGetValue(id, out var list))
            {
                return;
            }
            foreach (var (child, _) in list.OrderBy(c => c.Key))
            {
                if (seen.Add(child.Id))
                {
                    result.Add(child);
                    Visit(child.Id);
                }
            }
        }
        Visit(root);
        return result;
    }

    private SideCase BuildSide(Side side, List<ArgumentNode> order, HashSet<string> unanswered)
    {
        var direct = Question is null ? [] : _graph.RelationsInto(Question.Id)
            .Where(r => r.Kind == (side == Side.Yes ? RelationKind.Supports : RelationKind.Contests))
            .OrderBy(r => r.Order)
            .Select(r => _graph.FindNode(r.From)!).ToList();
        var entries = new List<(ArgumentNode Node, List<ArgumentNode> Cards)>();
        var byClaim = new Dictionary<string, List<ArgumentNode>>(StringComparer.Ordinal);
        foreach (var node in order.Where(n => _graph.SideOf(n.Id) == side))
        {
            if (node.Kind is NodeKind.Claim or NodeKind.Rebuttal)
            {
                var cards = new List<ArgumentNode>();
                entries.Add((node, cards));
                byClaim[node.Id] = cards;
            }
            else if (node.Evidence is not null)
            {
                if (Owner(node, side) is { } owner && byClaim.TryGetValue(owner, out var cards))
                {
                    cards.Add(node);
                }
                else
                {
                    entries.Add((node, [node]));
                }
            }
        }
        var blocks = new List<Block>();
        var mine = order.Where(n => _graph.SideOf(n.Id) == side).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in order.Where(n => _graph.SideOf(n.Id) == side.Opposite()))
        {
            var against = new List<string>();
            foreach (var r in _graph.RelationsFrom(node.Id).Where(r => r.Kind == RelationKind.Contests && mine.Contains(r.To)))
            {
                against.Add($"contests {Describe(r.To)}");
            }
            foreach (var u in _graph.Undercuts.Where(u => u.From == node.Id && mine.Contains(u.Target.From)))
            {
                against.Add($"undercuts the link from {Describe(u.Target.From)} to {Describe(u.Target.To)}");
            }
            if (against.Count == 0 && node.Kind != NodeKind.Rebuttal)
            {
                continue;
            }
            if (against.Count == 0)
            {
                var via = _graph.PrimaryRelationOf(node.Id);
                against.Add(via is null ? "argues for their side" : $"{(via.Kind == RelationKind.Supports ? "supports" : "contests")} {Describe(via.To)}");
            }
            var answers = new List<BlockAnswer>();
            foreach (var r in _graph.RelationsInto(node.Id).Where(r => r.Kind == RelationKind.Contests))
            {
                answers.Add(new BlockAnswer(_graph.FindNode(r.From)!, "contests it"));
            }
            foreach (var r in _graph.RelationsFrom(node.Id))
            {
                foreach (var u in _graph.UndercutsOn(r.Key))
                {
                    answers.Add(new BlockAnswer(_graph.FindNode(u.From)!, $"undercuts its link to {r.To}"));
                }
            }
            // Answers to its support: undercutting the link from its evidence, or contesting that evidence.
            foreach (var r in _graph.RelationsInto(node.Id).Where(r => r.Kind == RelationKind.Supports).OrderBy(r => r.Order))
            {
                foreach (var u in _graph.UndercutsOn(r.Key))
                {
                    answers.Add(new BlockAnswer(_graph.FindNode(u.From)!, $"undercuts its support from {r.From}", Direct: false));
                }
                foreach (var c in _graph.RelationsInto(r.From).Where(c => c.Kind == RelationKind.Contests))
                {
                    answers.Add(new BlockAnswer(_graph.FindNode(c.From)!, $"contests its evidence {r.From}", Direct: false));
                }
            }
            blocks.Add(new Block(node, against, SupportingEvidence(node.Id), answers, !answers.Any(a => a.Direct), unanswered.Contains(node.Id)));
        }
        return new SideCase(side, direct, entries.Select(e => new CaseEntry(e.Node, e.Cards)).ToList(), blocks);
    }

    /// <summary>The claim of the same side a piece of evidence is filed under: up the primary tree through evidence only.</summary>
    private string? Owner(ArgumentNode evidence, Side side)
    {
        var current = evidence.Id;
        var seen = new HashSet<string>(StringComparer.Ordinal) { current };
        while (true)
        {
            var up = _graph.PrimaryRelationOf(current)?.To ?? _graph.PrimaryUndercutOf(current)?.Target.To;
            if (up is null || !seen.Add(up) || _graph.FindNode(up) is not { } parent || _graph.SideOf(up) != side)
            {
                return null;
            }
            if (parent.Kind is NodeKind.Claim or NodeKind.Rebuttal)
            {
                // Only through a support: evidence that undercuts or contests is an answer of its own.
                return _graph.PrimaryRelationOf(current) is { Kind: RelationKind.Supports } ? up : null;
            }
            if (parent.Kind != NodeKind.Evidence)
            {
                return null;
            }
            current = up;
        }
    }

    /// <summary>Evidence that supports a node directly, in file order.</summary>
    public IReadOnlyList<ArgumentNode> SupportingEvidence(string id) =>
        _graph.RelationsInto(id).Where(r => r.Kind == RelationKind.Supports).OrderBy(r => r.Order)
            .Select(r => _graph.FindNode(r.From)!).Where(n => n.Evidence is not null).ToList();

    /// <summary>"c-opposed (“No: Stalin opposed …”)": an id with the start of its text.</summary>
    public string Describe(string id)
    {
        var node = _graph.FindNode(id);
        return node is null ? id : $"{id} (\u201C{Shorten(Tag(node), 70)}\u201D)";
    }

    /// <summary>The tag line of a card: the evidence's own text, else the text of what it supports (or contests).</summary>
    public string Tag(ArgumentNode node)
    {
        if (node.Evidence is null || node.Text is { Length: > 0 })
        {
            return Flatten(node.Text ?? node.Id);
        }
        if (_graph.PrimaryRelationOf(node.Id) is { } via && _graph.FindNode(via.To) is { Text: { } target } && _graph.FindNode(via.To)!.Kind != NodeKind.Question)
        {
            return via.Kind == RelationKind.Supports ? Flatten(target) : "Against: " + Flatten(target);
        }
        return Shorten(Flatten(node.Evidence.Quote), 100);
    }

    /// <summary>The heading of a case entry: the claim's text, or what a piece of evidence on its own attacks.</summary>
    public string Heading(CaseEntry entry)
    {
        var node = entry.Node;
        if (entry.IsClaim)
        {
            return (node.Kind == NodeKind.Rebuttal ? "Rebuttal: " : "Claim: ") + Flatten(node.Text ?? node.Id);
        }
        if (_graph.PrimaryRelationOf(node.Id) is { } via)
        {
            return (via.Kind == RelationKind.Contests ? "Evidence against: " : "Evidence for: ") + Shorten(Tag(_graph.FindNode(via.To)!), 90);
        }
        if (_graph.PrimaryUndercutOf(node.Id) is { } undercut)
        {
            return $"Evidence against the link from {undercut.Target.From} to {undercut.Target.To}";
        }
        return "Evidence";
    }

    /// <summary>What a claim does in the tree: "answers the resolution", "supports c1 (…)", "contests r2 (…)".</summary>
    public string Role(ArgumentNode node)
    {
        if (_graph.PrimaryRelationOf(node.Id) is { } via)
        {
            if (Question is not null && via.To == Question.Id)
            {
                return via.Kind == RelationKind.Supports ? "answers the resolution: yes" : "answers the resolution: no";
            }
            var own = _graph.SideOf(via.To) == _graph.SideOf(node.Id) ? "" : "their ";
            return $"{(via.Kind == RelationKind.Supports ? "supports" : "contests")} {own}{Describe(via.To)}";
        }
        if (_graph.PrimaryUndercutOf(node.Id) is { } undercut)
        {
            return $"undercuts the link from {Describe(undercut.Target.From)} to {Describe(undercut.Target.To)}";
        }
        return "not connected to the resolution";
    }

    public static string Flatten(string text) =>
        System.Text.RegularExpressions.Regex.Replace(Core.Text.XmlText.RemoveIllegal(text), @"\s+", " ").Trim();

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "\u2026";

    public static string LabelWord(ArgMap.Reasoning.Label label) => label switch
    {
        ArgMap.Reasoning.Label.In => "IN",
        ArgMap.Reasoning.Label.Out => "OUT",
        _ => "UNDEC",
    };

    public static string StatusWord(SideStatus status) => status switch
    {
        SideStatus.Stands => "stands",
        SideStatus.Falls => "falls",
        _ => "undecided",
    };

    public static string SemanticsTitle(string semantics) =>
        semantics.Length == 0 ? semantics : char.ToUpperInvariant(semantics[0]) + semantics[1..];
}
