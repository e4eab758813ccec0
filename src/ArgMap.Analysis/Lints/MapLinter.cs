using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Analysis.Lints;

/// <summary>
/// The checks a teacher or debater wants before the debate: unsupported claims, unanswered rebuttals, weak
/// sourcing, second-hand quotes, anachronistic evidence, one-source sides, evidence-free sides, duplicate quotes.
/// Lints come back in file order of the node they are about, map-wide ones last.
/// </summary>
public static class MapLinter
{
    public static IReadOnlyList<Lint> Lint(ArgumentGraph graph)
    {
        var lints = new List<Lint>();
        var nodes = graph.Map.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n)).ToList();
        var firstQuote = new Dictionary<string, ArgumentNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Claim or NodeKind.Rebuttal when !HasEvidenceBelow(graph, node.Id):
                    lints.Add(new(LintCodes.ClaimWithoutEvidence, "claim-without-evidence", node.Id, node.Origin,
                        $"{Kind(node)} '{node.Id}' has no evidence under it: it rests on assertion alone",
                        "add an evidence node with a verbatim quote and a source that supports it"));
                    break;
            }
            if (node.Kind == NodeKind.Rebuttal && !IsAnswered(graph, node.Id))
            {
                lints.Add(new(LintCodes.UnansweredRebuttal, "unanswered-rebuttal", node.Id, node.Origin,
                    $"nobody answers rebuttal '{node.Id}': the other side has no reply ready",
                    "add a claim or evidence that contests it, or an undercut on the relation it attacks"));
            }
            if (node.Evidence is not { } evidence)
            {
                continue;
            }
            if (evidence.SourceId is null)
            {
                lints.Add(new(LintCodes.EvidenceWithoutSource, "evidence-without-source", node.Id, node.Origin,
                    $"evidence '{node.Id}' names no source: an opponent can dismiss it as unverifiable",
                    "add \"source\" naming a CSL-JSON item in \"sources\""));
            }
            if (evidence.CitedInId is not null && !evidence.PrimaryChecked)
            {
                lints.Add(new(LintCodes.SecondHandQuote, "second-hand-quote", node.Id, node.Origin,
                    $"evidence '{node.Id}' is known only second-hand (cited in '{evidence.CitedInId}'); the primary source has not been checked",
                    "check the quote in the primary source, then set \"primaryChecked\": true"));
            }
            foreach (var relation in graph.RelationsFrom(node.Id))
            {
                if (graph.FindNode(relation.To)?.Period is { } period && evidence.Date is { } date && !Within(date, period))
                {
                    lints.Add(new(LintCodes.EvidenceOutsidePeriod, "evidence-outside-period", node.Id, node.Origin,
                        $"evidence '{node.Id}' dates from {date}, outside the period of '{relation.To}' ({period.From ?? "…"} to {period.To ?? "…"}): it may not show what happened then",
                        "add evidence from the period itself, or say in \"note\" why this evidence still bears on it"));
                }
            }
            var key = Normalize(evidence.Quote);
            if (key.Length > 0 && !firstQuote.TryAdd(key, node))
            {
                lints.Add(new(LintCodes.DuplicateQuote, "duplicate-quote", node.Id, node.Origin,
                    $"evidence '{node.Id}' repeats the quote of '{firstQuote[key].Id}'",
                    "merge the two evidence nodes and relate the one node to both targets"));
            }
        }
        foreach (var side in new[] { Side.Yes, Side.No })
        {
            var onSide = nodes.Where(n => graph.SideOf(n.Id) == side).ToList();
            var evidence = onSide.Where(n => n.Evidence is not null).ToList();
            var word = side.ToWord();
            if (onSide.Count == 0)
            {
                lints.Add(new(LintCodes.SideWithoutEvidence, "side-without-evidence", null, null,
                    $"nobody argues the \"{word}\" side: the map shows only one side of the question",
                    $"add the strongest case for \"{word}\", with evidence, so the map is fair"));
            }
            else if (evidence.Count == 0)
            {
                lints.Add(new(LintCodes.SideWithoutEvidence, "side-without-evidence", null, null,
                    $"the \"{word}\" side has no evidence at all: its {onSide.Count} node(s) rest on assertion",
                    $"add quoted, sourced evidence for the \"{word}\" side"));
            }
            else if (evidence.Count >= 2)
            {
                var sources = evidence.Select(e => e.Evidence!.SourceId).Distinct().ToList();
                if (sources is [{ } only])
                {
                    lints.Add(new(LintCodes.OneSourceCarriesSide, "one-source-carries-side", null, null,
                        $"every piece of evidence on the \"{word}\" side comes from one source, '{only}'",
                        "find an independent source, so the side does not stand or fall with one author"));
                }
            }
        }
        return lints;
    }

    private static string Kind(ArgumentNode node) => node.Kind == NodeKind.Rebuttal ? "rebuttal" : "claim";

    /// <summary>True when some evidence supports the node, directly or through claims that support it.</summary>
    private static bool HasEvidenceBelow(ArgumentGraph graph, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            foreach (var relation in graph.RelationsInto(stack.Pop()).Where(r => r.Kind == RelationKind.Supports))
            {
                if (graph.FindNode(relation.From)?.Kind == NodeKind.Evidence)
                {
                    return true;
                }
                if (seen.Add(relation.From))
                {
                    stack.Push(relation.From);
                }
            }
        }
        return false;
    }

    /// <summary>A rebuttal is answered when something contests it or undercuts one of its attacks.</summary>
    private static bool IsAnswered(ArgumentGraph graph, string id) =>
        graph.RelationsInto(id).Any(r => r.Kind == RelationKind.Contests)
        || graph.RelationsFrom(id).Any(r => graph.UndercutsOn(r.Key).Count > 0);

    /// <summary>ISO dates compare as strings once cut to the shorter precision: "1937-03" is within 1937-07..1938 only if ≥ "1937-07".</summary>
    internal static bool Within(string date, Period period)
    {
        static int Compare(string a, string b)
        {
            var n = Math.Min(a.Length, b.Length);
            return string.CompareOrdinal(a[..n], b[..n]);
        }
        return (period.From is null || Compare(date, period.From) >= 0) && (period.To is null || Compare(date, period.To) <= 0);
    }

    private static string Normalize(string quote) =>
        string.Join(' ', quote.ToLowerInvariant().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Trim('"', '\u201C', '\u201D', '.', ' ');
}
