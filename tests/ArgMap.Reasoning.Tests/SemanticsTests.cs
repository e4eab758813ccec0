using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

public class SemanticsTests
{
    private static string Grounded(ArgumentationFramework af) => Af.Names(af, GroundedSemantics.Compute(af).InSet);

    [Fact]
    public void EmptyFramework()
    {
        var af = ArgumentationFramework.Empty;
        Assert.Equal(0, GroundedSemantics.Compute(af).Count);
        Assert.Equal("{}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{}", Af.Show(af, StableSemantics.Enumerate(af)));
        Assert.Equal("{}", Af.Show(af, CompleteSemantics.Enumerate(af)));
        Assert.True(PreferredSemantics.Enumerate(af).Exhaustive);
    }

    [Fact]
    public void IsolatedArguments_AreAllIn()
    {
        var af = Af.Of("a", "b", "c");
        var g = GroundedSemantics.Compute(af);
        Assert.Equal([Label.In, Label.In, Label.In], g.Labels.ToArray());
        Assert.Equal("{a,b,c}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{a,b,c}", Af.Show(af, StableSemantics.Enumerate(af)));
    }

    [Fact]
    public void Reinstatement()
    {
        var af = Af.Of("a>b", "b>c");
        var g = GroundedSemantics.Compute(af);
        Assert.Equal([Label.In, Label.Out, Label.In], g.Labels.ToArray());
        Assert.Equal("{a,c}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{a,c}", Af.Show(af, StableSemantics.Enumerate(af)));
        Assert.Equal("{a,c}", Af.Show(af, CompleteSemantics.Enumerate(af)));
    }

    [Fact]
    public void LongChain_AlternatesInOut()
    {
        var b = new ArgumentationFrameworkBuilder();
        for (int i = 0; i < 1001; i++) b.AddArgument("x" + i);
        for (int i = 0; i < 1000; i++) b.AddAttack(i, i + 1);
        var af = b.Build();
        var g = GroundedSemantics.Compute(af);
        for (int i = 0; i < 1001; i++) Assert.Equal(i % 2 == 0 ? Label.In : Label.Out, g[i]);
        var pref = PreferredSemantics.Enumerate(af);
        Assert.Single(pref.Extensions);
        Assert.Equal(g.InSet, pref.Extensions[0].ToArray());
    }

    [Fact]
    public void OddCycle_GroundedUndec_NoStable_PreferredEmpty()
    {
        var af = Af.Of("a>b", "b>c", "c>a");
        var g = GroundedSemantics.Compute(af);
        Assert.All(g.Labels, l => Assert.Equal(Label.Undec, l));
        Assert.Equal("{}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        var st = StableSemantics.Enumerate(af);
        Assert.Equal(0, st.Count);
        Assert.True(st.Exhaustive);
        Assert.Equal("{}", Af.Show(af, CompleteSemantics.Enumerate(af)));
    }

    [Fact]
    public void EvenCycle_TwoPreferred_TwoStable()
    {
        var af = Af.Of("a>b", "b>a");
        Assert.Equal("", Grounded(af));
        Assert.Equal("{a} {b}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{a} {b}", Af.Show(af, StableSemantics.Enumerate(af)));
        Assert.Equal("{a} {b} {}", Af.Show(af, CompleteSemantics.Enumerate(af)));
    }

    [Fact]
    public void FourCycle_TwoPreferred()
    {
        var af = Af.Of("a>b", "b>c", "c>d", "d>a");
        Assert.Equal("{a,c} {b,d}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{a,c} {b,d}", Af.Show(af, StableSemantics.Enumerate(af)));
    }

    [Fact]
    public void SelfAttack()
    {
        var af = Af.Of("a>a", "a>b", "c");
        Assert.True(af.IsSelfAttacking(0));
        var g = GroundedSemantics.Compute(af);
        Assert.Equal([Label.Undec, Label.Undec, Label.In], g.Labels.ToArray());
        Assert.Equal("{c}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal(0, StableSemantics.Enumerate(af).Count);
    }

    [Fact]
    public void SelfAttackerDefeatedByOther_IsOut()
    {
        var af = Af.Of("a>a", "b>a");
        Assert.Equal([Label.Out, Label.In], GroundedSemantics.Compute(af).Labels.ToArray());
        Assert.Equal("{b}", Af.Show(af, StableSemantics.Enumerate(af)));
    }

    [Fact]
    public void OddCycleAttackingEvenCycle_StableNeedsToKillTheOddCycle()
    {
        // c is attacked by the 3-cycle; d attacks e of the cycle.
        var af = Af.Of("a>b", "b>a", "b>c", "c>d", "d>e", "e>c");
        Assert.Equal("{a} {b,d}", Af.Show(af, PreferredSemantics.Enumerate(af)));
        Assert.Equal("{b,d}", Af.Show(af, StableSemantics.Enumerate(af)));
    }

    [Fact]
    public void Acceptance_CredulousAndSceptical()
    {
        // a<->b, both attack c, d unattacked, d attacks e.
        var af = Af.Of("a>b", "b>a", "a>c", "b>c", "d>e");
        var pref = PreferredSemantics.Enumerate(af);
        Assert.Equal("{a,d} {b,d}", Af.Show(af, pref));
        var cred = PreferredSemantics.CredulousAcceptance(af, pref);
        var scep = PreferredSemantics.ScepticalAcceptance(af, pref);
        Assert.Equal([Label.In, Label.In, Label.Out, Label.In, Label.Out], cred.Labels.ToArray());
        Assert.Equal([Label.Undec, Label.Undec, Label.Out, Label.In, Label.Out], scep.Labels.ToArray());
    }

    [Fact]
    public void Limits_CutTheSearchShort_AndSaySo()
    {
        // 20 disjoint 2-cycles: 2^20 preferred extensions.
        var b = new ArgumentationFrameworkBuilder();
        for (int i = 0; i < 40; i++) b.AddArgument("x" + i);
        for (int i = 0; i < 40; i += 2) { b.AddAttack(i, i + 1); b.AddAttack(i + 1, i); }
        var af = b.Build();
        var few = PreferredSemantics.Enumerate(af, new SearchLimits(maxExtensions: 10));
        Assert.False(few.Exhaustive);
        Assert.Equal(10, few.Count);
        var steps = StableSemantics.Enumerate(af, new SearchLimits(maxSteps: 1000));
        Assert.False(steps.Exhaustive);
        Assert.True(steps.Steps <= 1100);
        // Every reported extension is still genuine: one argument from each 2-cycle.
        Assert.All(few.Extensions, e => Assert.Equal(20, e.Length));
    }

    [Fact]
    public void BigFramework_SearchReturnsQuicklyWithinLimits()
    {
        var rng = new Random(3);
        var b = new ArgumentationFrameworkBuilder();
        int n = 20_000;
        for (int i = 0; i < n; i++) b.AddArgument("x" + i);
        for (int i = 0; i < 3 * n; i++) b.AddAttack(rng.Next(n), rng.Next(n));
        var af = b.Build();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var pref = PreferredSemantics.Enumerate(af, new SearchLimits(maxExtensions: 5, maxSteps: 2_000_000));
        Assert.True(sw.Elapsed.TotalSeconds < 10, $"took {sw.Elapsed}");
        Assert.True(pref.Count >= 0);
    }

    [Fact]
    public void Framework_DeduplicatesAndSortsAdjacency()
    {
        var af = Af.Of("c>a", "b>a", "c>a", "a>b", "a+b", "a+b");
        Assert.Equal(3, af.AttackCount);
        Assert.Equal(1, af.SupportCount);
        // Numbered by first appearance: c = 0, a = 1, b = 2.
        Assert.Equal([0, 2], af.AttackersOf(1).ToArray());
        Assert.Equal([2], af.TargetsOf(1).ToArray());
        Assert.Equal([1], af.SupportersOf(2).ToArray());
        Assert.Equal([2], af.SupportedBy(1).ToArray());
        Assert.True(af.Attacks(0, 1));
        Assert.False(af.Attacks(1, 0));
        Assert.Equal([(0, 1), (1, 2), (2, 1)], af.AttackPairs.ToArray());
        Assert.Equal(2, af.IndexOf("b"));
        Assert.Equal(-1, af.IndexOf("zz"));
    }

    [Fact]
    public void Builder_RejectsBadInput()
    {
        var b = new ArgumentationFrameworkBuilder();
        b.AddArgument("a");
        Assert.Throws<ArgumentException>(() => b.AddArgument("a"));
        Assert.Throws<ArgumentException>(() => b.AddArgument(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddArgument("b", 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddArgument("b", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddAttack(0, 3));
        Assert.Throws<ArgumentException>(() => b.AddAttack("a", "nope"));
        Assert.Equal(0.5, b.Build().BaseScores[0]);
    }

    [Fact]
    public void Labelling_FromExtension_AndCompleteness()
    {
        var af = Af.Of("a>b", "b>c", "d>d");
        var l = Labelling.FromExtension(af, [0, 2]);
        Assert.Equal([Label.In, Label.Out, Label.In, Label.Undec], l.Labels.ToArray());
        Assert.True(l.IsCompleteLabellingOf(af));
        Assert.False(Labelling.FromExtension(af, [0]).IsCompleteLabellingOf(af));
    }
}
