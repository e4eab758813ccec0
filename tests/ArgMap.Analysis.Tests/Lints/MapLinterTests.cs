using ArgMap.Analysis.Lints;

namespace ArgMap.Analysis.Tests.Lints;

public class MapLinterTests
{
    private static IReadOnlyList<Lint> LintOf(params string[] lines) => MapLinter.Lint(MapText.Graph(lines));

    [Fact]
    public void ClaimsWithoutEvidenceAndUnansweredRebuttalsAreListed()
    {
        var lints = LintOf("q question", "c claim", "r rebuttal", "c -> q", "r -| c");
        Assert.Contains(lints, l => l is { Code: LintCodes.ClaimWithoutEvidence, NodeId: "c", JsonPath: "/nodes/1" });
        Assert.Contains(lints, l => l is { Code: LintCodes.UnansweredRebuttal, NodeId: "r" });
        Assert.All(lints, l => Assert.False(string.IsNullOrWhiteSpace(l.Hint)));
    }

    [Fact]
    public void EvidenceTwoLevelsDownCountsAsEvidenceUnderAClaim()
    {
        var lints = LintOf("q question", "c claim", "sub claim", "e evidence", "c -> q", "sub -> c", "e -> sub");
        Assert.DoesNotContain(lints, l => l.Code == LintCodes.ClaimWithoutEvidence);
    }

    [Fact]
    public void AnsweredRebuttalsAreNotListed()
    {
        var lints = LintOf("q question", "c claim", "r rebuttal", "a claim", "c -> q", "r -| c", "a -| r");
        Assert.DoesNotContain(lints, l => l.Code == LintCodes.UnansweredRebuttal);
    }

    [Fact]
    public void ASideWithNoNodesAndASideWithOneSourceAreFlagged()
    {
        var lints = LintOf("q question", "c claim", "e1 evidence", "e2 evidence", "c -> q", "e1 -> c", "e2 -> c");
        Assert.Contains(lints, l => l.Code == LintCodes.SideWithoutEvidence && l.Message.Contains("\"no\""));
        Assert.Contains(lints, l => l.Code == LintCodes.OneSourceCarriesSide && l.Message.Contains("\"yes\""));
    }

    [Theory]
    [InlineData("1933-05-08", "1937-07", "1938-11", false)]
    [InlineData("1937-08", "1937-07", "1938-11", true)]
    [InlineData("1937", "1937-07", "1938-11", true)]
    [InlineData("1956-02-25", "1937-07", "1938-11", false)]
    [InlineData("1938-11-30", null, "1938-11", true)]
    [InlineData("1900", "1937", null, false)]
    public void DatesAreComparedAtTheCoarserPrecision(string date, string? from, string? to, bool within) =>
        Assert.Equal(within, MapLinter.Within(date, new Core.Model.Period(from, to)));
}
