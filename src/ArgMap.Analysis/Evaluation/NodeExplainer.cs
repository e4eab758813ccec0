using ArgMap.Analysis.Framework;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Reasoning;

namespace ArgMap.Analysis.Evaluation;

/// <summary>
/// Explains a node's label in the map's own terms (contests, supports, undercuts), never in terms of the
/// translation's helper arguments: "out because r1 is in and contests it"; "undec: e1 and r2 attack each other and
/// nothing breaks the tie".
/// </summary>
internal sealed class NodeExplainer
{
    private readonly ArgumentGraph _graph;
    private readonly MapFramework _mf;
    private readonly Labelling _labels;
    private readonly SemanticsKind _semantics;

    public NodeExplainer(ArgumentGraph graph, MapFramework mf, Labelling labels, SemanticsKind semantics)
    {
        _graph = graph;
        _mf = mf;
        _labels = labels;
        _semantics = semantics;
    }

    private Label Of(string name) => _labels[_mf.Framework.IndexOf(name)];

    private static string Word(Label label) => label switch
    {
        Label.In => "in",
        Label.Out => "out",
        _ => "undecided",
    };

    public string Explain(string id)
    {
        var label = Of(id);
        var prefix = Prefix(label);
        var contests = _graph.RelationsInto(id).Where(r => r.Kind == RelationKind.Contests).ToList();
        var supports = _graph.RelationsInto(id).Where(r => r.Kind == RelationKind.Supports).ToList();
        var isQuestion = _graph.FindNode(id)?.Kind == NodeKind.Question;
        switch (label)
        {
            case Label.In:
                var attackText = contests.Count == 0 ? "nothing contests it" : $"everything that contests it is out ({Names(contests.Select(c => c.From))})";
                var standing = supports.FirstOrDefault(s => Of(MapFramework.SupportHolds(s.From, s.To)) == Label.In);
                var supportText = standing is not null ? $", and its support from {standing.From} stands"
                    : supports.Count == 0 && _graph.FindNode(id)?.Kind is NodeKind.Claim or NodeKind.Rebuttal ? " (it stands on presumption: nothing supports it)" : "";
                return $"{prefix}{attackText}{supportText}";
            case Label.Out:
                var winner = contests.FirstOrDefault(c => ContestLabel(c) == Label.In);
                if (winner is not null)
                {
                    return $"{prefix}{winner.From} is in and contests it";
                }
                if (isQuestion && supports.Count == 0)
                {
                    return $"{prefix}nothing argues \"yes\"";
                }
                return $"{prefix}none of its support stands: {string.Join("; ", supports.Select(SupportFailure))}";
            default:
                var undecidedAttacker = contests.FirstOrDefault(c => ContestLabel(c) == Label.Undec);
                if (undecidedAttacker is not null)
                {
                    var mutual = _graph.RelationsInto(undecidedAttacker.From).Any(r => r.Kind == RelationKind.Contests && r.From == id);
                    return mutual
                        ? $"{prefix}{id} and {undecidedAttacker.From} contest each other and nothing breaks the tie"
                        : $"{prefix}{undecidedAttacker.From} contests it and is itself undecided";
                }
                var undecidedSupport = supports.FirstOrDefault(s => Of(MapFramework.SupportHolds(s.From, s.To)) == Label.Undec);
                return undecidedSupport is not null
                    ? $"{prefix}its best support, from {undecidedSupport.From}, is undecided ({SupportFailure(undecidedSupport)})"
                    : $"{prefix}it sits in a cycle of attacks that nothing breaks";
        }
    }

    private string Prefix(Label label) => _semantics switch
    {
        SemanticsKind.Grounded => $"{Word(label)}: ",
        SemanticsKind.Preferred => label switch
        {
            Label.In => "in (some defensible position accepts it): ",
            Label.Out => "out (every defensible position rejects it): ",
            _ => "undecided (no defensible position settles it): ",
        },
        _ => label switch
        {
            Label.In => "in (some stable position accepts it): ",
            Label.Out => "out (every stable position rejects it): ",
            _ => "undecided: ",
        },
    };

    private Label ContestLabel(Relation contest) =>
        _graph.UndercutsOn(contest.Key).Count > 0 ? Of(MapFramework.ContestHolds(contest.From, contest.To)) : Of(contest.From);

    private string SupportFailure(Relation support)
    {
        var premise = Of(support.From);
        if (premise != Label.In)
        {
            return $"{support.From} is {Word(premise)}";
        }
        var undercut = _graph.UndercutsOn(support.Key).FirstOrDefault(u => Of(u.From) == Label.In)
            ?? _graph.UndercutsOn(support.Key).FirstOrDefault(u => Of(u.From) == Label.Undec);
        return undercut is null
            ? $"the support from {support.From} is {Word(Of(MapFramework.SupportHolds(support.From, support.To)))}"
            : $"{undercut.From} undercuts the support from {support.From} and is {Word(Of(undercut.From))}";
    }

    private static string Names(IEnumerable<string> ids) => string.Join(", ", ids);
}
