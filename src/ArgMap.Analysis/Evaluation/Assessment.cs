using ArgMap.Analysis.Lints;
using ArgMap.Reasoning;

namespace ArgMap.Analysis.Evaluation;

/// <summary>
/// The result of reasoning about a map: each node's label under the chosen semantics with a plain-words
/// explanation, its DF-QuAD score, the verdict under every semantics, and the lints. Dictionaries iterate in file
/// order of the nodes.
/// </summary>
public sealed record Assessment(
    SemanticsKind Semantics,
    IReadOnlyList<string> NodeIds,
    IReadOnlyDictionary<string, Label> Labels,
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyDictionary<string, string> Explanations,
    IReadOnlyList<Verdict> Verdicts,
    IReadOnlyList<Lint> Lints,
    bool ScoresConverged,
    IReadOnlyList<string> Notes)
{
    /// <summary>The verdict under the chosen semantics (for preferred: credulous acceptance).</summary>
    public Verdict Verdict => Verdicts.First(v => v.Semantics.StartsWith(Semantics.ToString().ToLowerInvariant(), StringComparison.Ordinal));
}
