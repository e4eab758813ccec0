using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

public class ExplanationsTests
{
    private static string[] Explain(ArgumentationFramework af) =>
        [.. Explanations.ExplainAll(af, GroundedSemantics.Compute(af))];

    [Fact]
    public void Reinstatement()
    {
        var e = Explain(Af.Of("a>b", "b>c"));
        Assert.Equal("in: nothing attacks it", e[0]);
        Assert.Equal("out: attacked by a, which is in", e[1]);
        Assert.Equal("in: every attacker is out (b is out because a attacks it)", e[2]);
    }

    [Fact]
    public void UndecAttackedByTwoCycle_NamesTheCycle()
    {
        var e = Explain(Af.Of("b>c", "c>b", "b>d"));
        Assert.Equal("undec: attacked by b, which is undecided, and nothing attacking it is in " +
                     "(b and c attack each other and nothing breaks the tie)", e[2]);
        Assert.Equal("undec: attacked by c, which is undecided, and nothing attacking it is in " +
                     "(b and c attack each other and nothing breaks the tie)", e[0]);
    }

    [Fact]
    public void OddCycle_ListsTheCycleThroughTheArgument()
    {
        var e = Explain(Af.Of("a>b", "b>c", "c>a"));
        Assert.Equal("undec: attacked by c, which is undecided, and nothing attacking it is in " +
                     "(a, b and c attack each other in a cycle: a attacks b, b attacks c and c attacks a; nothing breaks the tie)", e[0]);
    }

    [Fact]
    public void SelfAttack()
    {
        var e = Explain(Af.Of("a>a", "a>b"));
        Assert.Equal("undec: attacked by a, which is undecided, and nothing attacking it is in " +
                     "(a attacks itself, so nothing can settle it)", e[0]);
        Assert.Equal("undec: attacked by a, which is undecided, and nothing attacking it is in " +
                     "(a attacks itself, so nothing can settle it)", e[1]);
    }

    [Fact]
    public void SeveralAttackers()
    {
        var af = Af.Of("a>c", "b>c", "x>a", "y>b");
        var e = Explanations.ExplainAll(af, GroundedSemantics.Compute(af));
        Assert.Equal("in: every attacker is out (a is out because x attacks it; b is out because y attacks it)", e[af.IndexOf("c")]);
        var af2 = Af.Of("a>c", "b>c");
        Assert.Equal("out: attacked by a and b, which are in", Explain(af2)[af2.IndexOf("c")]);
    }

    [Fact]
    public void NonCompleteLabelling_IsExplainedWithoutThrowing()
    {
        var af = Af.Of("a>b");
        var odd = new Labelling([Label.Undec, Label.In]);
        var e = Explanations.ExplainAll(af, odd);
        Assert.Equal("undec, although nothing attacks it", e[0]);
        Assert.Equal("in, although a attacks it and is not out", e[1]);
    }

    [Fact]
    public void PreferredLabelling_Explained()
    {
        var af = Af.Of("a>b", "b>a");
        var pref = PreferredSemantics.Enumerate(af);
        var lab = Labelling.FromExtension(af, pref.Extensions[0]);
        var e = Explanations.ExplainAll(af, lab);
        Assert.Equal("in: every attacker is out (b is out because a attacks it)", e[0]);
        Assert.Equal("out: attacked by a, which is in", e[1]);
    }
}
