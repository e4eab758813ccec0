using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

public class ReaderTests
{
    [Fact]
    public void Apx_ParsesFactsCommentsAndWhitespace()
    {
        const string text = "% header\narg(a).  arg( b ).\r\narg(c).\natt(a, b). % a beats b\natt(b,\n  c).\natt(c,c).\n";
        var (af, problems) = ApxReader.Parse(text, "x.apx");
        Assert.Empty(problems);
        Assert.NotNull(af);
        Assert.Equal(["a", "b", "c"], af!.Names.ToArray());
        Assert.Equal([(0, 1), (1, 2), (2, 2)], af.AttackPairs.ToArray());
    }

    [Fact]
    public void Apx_AttackBeforeDeclaration_IsFine()
    {
        var (af, problems) = ApxReader.Parse("att(a,b).\narg(a).\narg(b).", "x.apx");
        Assert.Empty(problems);
        Assert.Equal(1, af!.AttackCount);
    }

    [Fact]
    public void Apx_EmptyText_IsEmptyFramework()
    {
        var (af, problems) = ApxReader.Parse("% nothing\n", "x.apx");
        Assert.Empty(problems);
        Assert.Equal(0, af!.Count);
    }

    [Fact]
    public void Apx_ReportsEveryProblemWithPosition()
    {
        const string text =
            "arg(a).\n" +          // 1
            "arg(a).\n" +          // 2 duplicate at 2:5
            "foo(a).\n" +          // 3 unknown fact at 3:1
            "att(a,zz).\n" +       // 4 undeclared at 4:7
            "arg(b)\n" +           // 5 missing '.' at 5:7
            "att(a b).\n" +        // 6 expected ')' at 6:7
            "arg(a,b,c).\n" +      // 7 arity at 7:1
            "  ).\n";              // 8 expected fact at 8:3
        var (af, problems) = ApxReader.Parse(text, "bad.apx");
        Assert.Null(af);
        var shown = problems.Select(p => p.ToString()).ToList();
        Assert.Contains("bad.apx:2:5: duplicate argument 'a'", shown);
        Assert.Contains("bad.apx:3:1: unknown fact 'foo' (expected arg or att)", shown);
        Assert.Contains("bad.apx:4:7: attack on undeclared argument 'zz'", shown);
        Assert.Contains("bad.apx:5:7: expected '.' but found the end of the line", shown);
        Assert.Contains("bad.apx:6:7: expected ')' but found 'b'", shown);
        Assert.Contains("bad.apx:7:1: 'arg' takes 1 argument but has 3", shown);
        Assert.Contains("bad.apx:8:3: expected a fact such as arg(a). or att(a,b). but found ')'", shown);
        Assert.Equal(7, problems.Count);
    }

    [Theory]
    [InlineData("arg(")]
    [InlineData("arg(a")]
    [InlineData("att(a,")]
    [InlineData(")))...(((")]
    [InlineData("\0\u0001arg(a).")]
    [InlineData("arg(a).att(a,a)")]
    public void Apx_NeverThrows(string text)
    {
        var (af, problems) = ApxReader.Parse(text, "f");
        Assert.Null(af);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
    }

    [Fact]
    public void Apx_RandomGarbage_NeverThrows()
    {
        var rng = new Random(1);
        const string alphabet = "arg(t),.% \n\rxyz_01";
        for (int i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, rng.Next(40)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray();
            var (af, problems) = ApxReader.Parse(new string(chars), "g");
            Assert.True(af is not null ^ problems.Count > 0);
        }
    }

    [Fact]
    public void ExtensionFile_LineFormat()
    {
        var exts = ExtensionFileReader.Parse("# comment\na\nb\n---\nc\n");
        Assert.Equal(2, exts.Length);
        Assert.Equal(["a", "b"], exts[0].ToArray());
        Assert.Equal(["c"], exts[1].ToArray());
    }

    [Fact]
    public void ExtensionFile_OnlyComments_IsOneEmptyExtension()
    {
        var exts = ExtensionFileReader.Parse("# grounded\n# source: x\n");
        Assert.Single(exts);
        Assert.Empty(exts[0].ToArray());
    }

    [Fact]
    public void ExtensionFile_LeadingSeparator_IsEmptyFirstExtension()
    {
        var exts = ExtensionFileReader.Parse("# c\n---\na\n");
        Assert.Equal(2, exts.Length);
        Assert.Empty(exts[0].ToArray());
    }

    [Fact]
    public void ExtensionFile_BracketFormat()
    {
        Assert.Equal(2, ExtensionFileReader.Parse("[[a,b],[c]]\n2 solutions found\n").Length);
        Assert.Empty(ExtensionFileReader.Parse("[]"));
        Assert.Equal(["a", "b"], ExtensionFileReader.Parse("[a, b]")[0].ToArray());
        Assert.Equal([[]], ExtensionFileReader.Parse("[[]]").Select(e => e.ToArray()).ToArray());
        Assert.Throws<FormatException>(() => ExtensionFileReader.Parse("[[a,b]"));
    }

    [Fact]
    public void ExtensionFile_Resolve()
    {
        var af = Af.Of("a>b", "c");
        Assert.True(ExtensionFileReader.TryResolve(af, ExtensionFileReader.Parse("c\na"), out var r, out _));
        Assert.Equal([0, 2], r[0].ToArray());
        Assert.False(ExtensionFileReader.TryResolve(af, ExtensionFileReader.Parse("q"), out _, out string? bad));
        Assert.Equal("q", bad);
    }
}
