using ArgMap.Reasoning;
using FsCheck.Xunit;

namespace ArgMap.Reasoning.Tests;

/// <summary>Random frameworks of up to 12 arguments (generated from an FsCheck-chosen seed), checked against the definitions.</summary>
public class PropertyTests
{
    private const int Tests = 300;

    private static List<int> Masks(ExtensionSet set) => set.Extensions.Select(e => Oracle.Mask(e)).Order().ToList();

    [Property(MaxTest = Tests)]
    public bool Grounded_IsConflictFreeAdmissibleAndTheLeastFixedPoint(int seed)
    {
        var af = Af.Random(seed);
        var o = new Oracle(af);
        int g = Oracle.Mask(GroundedSemantics.Compute(af).InSet);
        return o.ConflictFree(g) && o.Admissible(g) && g == o.Grounded();
    }

    [Property(MaxTest = Tests)]
    public bool Grounded_IsContainedInEveryPreferredExtension(int seed)
    {
        var af = Af.Random(seed);
        int g = Oracle.Mask(GroundedSemantics.Compute(af).InSet);
        var pref = PreferredSemantics.Enumerate(af);
        return pref.Exhaustive && pref.Count >= 1 && Masks(pref).All(p => (g & ~p) == 0);
    }

    [Property(MaxTest = Tests)]
    public bool GroundedLabelling_IsComplete(int seed)
    {
        var af = Af.Random(seed);
        var lab = GroundedSemantics.Compute(af);
        return lab.IsCompleteLabellingOf(af) && lab.Count == af.Count;
    }

    [Property(MaxTest = Tests)]
    public bool EveryStableExtension_IsPreferred(int seed)
    {
        var af = Af.Random(seed);
        var pref = Masks(PreferredSemantics.Enumerate(af));
        return Masks(StableSemantics.Enumerate(af)).All(pref.Contains);
    }

    [Property(MaxTest = Tests)]
    public bool EveryPreferredExtension_IsCompleteAndAdmissible(int seed)
    {
        var af = Af.Random(seed);
        var o = new Oracle(af);
        var pref = PreferredSemantics.Enumerate(af);
        return pref.Extensions.All(e =>
            o.Complete(Oracle.Mask(e)) && o.Admissible(Oracle.Mask(e)) &&
            Labelling.FromExtension(af, e).IsCompleteLabellingOf(af));
    }

    [Property(MaxTest = Tests)]
    public void Enumerations_MatchBruteForceExactly(int seed)
    {
        var af = Af.Random(seed);
        var o = new Oracle(af);
        Assert.Equal(o.All(o.Complete), Masks(CompleteSemantics.Enumerate(af)));
        Assert.Equal(o.Preferred().Order().ToList(), Masks(PreferredSemantics.Enumerate(af)));
        Assert.Equal(o.All(o.Stable), Masks(StableSemantics.Enumerate(af)));
    }

    [Property(MaxTest = Tests)]
    public bool Enumerations_AreSortedWithSortedExtensions(int seed)
    {
        var af = Af.Random(seed);
        var exts = CompleteSemantics.Enumerate(af).Extensions;
        bool sortedInside = exts.All(e => e.SequenceEqual(e.Order()));
        var keys = exts.Select(e => string.Join(",", e.Select(x => x.ToString("D3")))).ToList();
        return sortedInside && keys.Distinct().Count() == keys.Count;
    }

    [Property(MaxTest = Tests)]
    public bool Explanations_StartWithTheLabel(int seed)
    {
        var af = Af.Random(seed);
        var lab = GroundedSemantics.Compute(af);
        var e = Explanations.ExplainAll(af, lab);
        return Enumerable.Range(0, af.Count).All(a => e[a].StartsWith(lab[a] switch
        {
            Label.In => "in: ", Label.Out => "out: ", _ => "undec: ",
        }, StringComparison.Ordinal));
    }

    [Property(MaxTest = 100)]
    public bool Apx_RoundTrip(int seed)
    {
        var af = Af.Random(seed);
        string text = string.Concat(af.Names.Select(n => $"arg({n}).\n")) +
                      string.Concat(af.AttackPairs.Select(p => $"att({af.NameOf(p.From)},{af.NameOf(p.To)}).\n"));
        var (back, problems) = ApxReader.Parse(text, "r.apx");
        return problems.Count == 0 && back!.Names.SequenceEqual(af.Names) && back.AttackPairs.SequenceEqual(af.AttackPairs);
    }
}
