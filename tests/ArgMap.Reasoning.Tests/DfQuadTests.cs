using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

public class DfQuadTests
{
    private static ArgumentationFramework Build(Action<ArgumentationFrameworkBuilder> f)
    {
        var b = new ArgumentationFrameworkBuilder();
        f(b);
        return b.Build();
    }

    [Fact]
    public void Unattacked_KeepsBaseScore()
    {
        var af = Build(b => { b.AddArgument("a", 0.7); b.AddArgument("b"); });
        var r = DfQuadSemantics.Compute(af);
        Assert.True(r.Acyclic);
        Assert.True(r.Converged);
        Assert.Equal([0.7, 0.5], r.Scores.ToArray());
    }

    [Fact]
    public void SingleAttacker_HalvesHalf()
    {
        // b = 0.5 - 0.5 * 0.5 = 0.25
        var r = DfQuadSemantics.Compute(Af.Of("a>b"));
        Assert.Equal(0.25, r.Scores[1], 12);
    }

    [Fact]
    public void SingleSupporter()
    {
        // b = 0.5 + 0.5 * 0.5 = 0.75
        var r = DfQuadSemantics.Compute(Af.Of("a+b"));
        Assert.Equal(0.75, r.Scores[1], 12);
    }

    [Fact]
    public void TwoAttackers_AggregateProbabilistically()
    {
        // v_a = 1 - 0.5 * 0.5 = 0.75; b = 0.5 - 0.5 * 0.75 = 0.125
        var r = DfQuadSemantics.Compute(Af.Of("a>b", "c>b"));
        Assert.Equal(0.125, r.Scores[1], 12);
    }

    [Fact]
    public void EqualAttackAndSupport_Cancel()
    {
        var r = DfQuadSemantics.Compute(Af.Of("a>b", "c+b"));
        Assert.Equal(0.5, r.Scores[1], 12);
    }

    [Fact]
    public void Chain_InTopologicalOrder()
    {
        // a = .5, b = .25, c = .5 - .5 * .25 = .375 (argument order deliberately not topological)
        var r = DfQuadSemantics.Compute(Af.Of("c", "b>c", "a>b"));
        Assert.Equal([0.375, 0.25, 0.5], r.Scores.Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void CustomBaseScores()
    {
        // v_a = .8, v_s = .3: b = .6 - .6 * .5 = .3 ; and a full supporter lifts d (.4) to 1.
        var af = Build(b =>
        {
            b.AddArgument("a", 0.8); b.AddArgument("b", 0.6); b.AddArgument("c", 0.3);
            b.AddArgument("s", 1.0); b.AddArgument("d", 0.4);
            b.AddAttack("a", "b"); b.AddSupport("c", "b"); b.AddSupport("s", "d");
        });
        var r = DfQuadSemantics.Compute(af);
        Assert.Equal(0.3, r.Scores[1], 12);
        Assert.Equal(1.0, r.Scores[4], 12);
    }

    [Fact]
    public void MutualAttack_ConvergesToOneThird()
    {
        // x = .5 - .5x  =>  x = 1/3; Jacobi from .5 contracts by a factor .5 each step.
        var r = DfQuadSemantics.Compute(Af.Of("a>b", "b>a"));
        Assert.False(r.Acyclic);
        Assert.True(r.Converged);
        Assert.Equal(1.0 / 3, r.Scores[0], 8);
        Assert.Equal(1.0 / 3, r.Scores[1], 8);
        Assert.InRange(r.Iterations, 20, 60);
    }

    [Fact]
    public void MutualAttackWithFullBase_Oscillates_AndReportsNonConvergence()
    {
        var af = Build(b => { b.AddArgument("a", 1); b.AddArgument("b", 1); b.AddAttack(0, 1); b.AddAttack(1, 0); });
        var r = DfQuadSemantics.Compute(af, maxIterations: 101);
        Assert.False(r.Converged);
        Assert.Equal(101, r.Iterations);
        Assert.Equal(1.0, r.LastChange);
        Assert.Equal([0.0, 0.0], r.Scores.ToArray()); // odd number of steps from (1, 1)
    }

    [Fact]
    public void ScoresStayInUnitInterval()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var af = Af.Random(seed, 10);
            var r = DfQuadSemantics.Compute(af, 200);
            Assert.All(r.Scores, s => Assert.InRange(s, 0.0, 1.0));
        }
    }
}
