using ArgMap.Core.Validation;

namespace ArgMap.Core.Tests.Validation;

public class NameSuggesterTests
{
    private static readonly string[] NodeFields = ["id", "type", "text", "tags", "by", "note", "weight", "period", "supports", "contests", "undercuts", "quote", "source"];

    [Theory]
    [InlineData("suports", "supports")]
    [InlineData("SUPORTS", "supports")]
    [InlineData("contets", "contests")]
    [InlineData("udnercuts", "undercuts")]
    [InlineData("qoute", "quote")]
    [InlineData("wieght", "weight")]
    public void SuggestsTheNearMiss(string typo, string expected) => Assert.Equal(expected, NameSuggester.Closest(typo, NodeFields));

    [Fact]
    public void SuggestsNodeTypes() => Assert.Equal("claim", NameSuggester.Closest("claimm", ["question", "claim", "evidence", "rebuttal"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("xyz")]
    [InlineData("supportsandmore")]
    public void NothingCloseGivesNull(string name) => Assert.Null(NameSuggester.Closest(name, NodeFields));

    [Fact]
    public void ShortNamesAllowOnlyOneEdit()
    {
        Assert.Equal("by", NameSuggester.Closest("bi", ["by"]));
        Assert.Null(NameSuggester.Closest("xz", ["by"]));
    }

    [Fact]
    public void TiesGoToTheFirstInOrdinalOrder()
    {
        Assert.Equal("abd", NameSuggester.Closest("abc", ["abe", "abd"]));
        Assert.Equal("abd", NameSuggester.Closest("abc", ["abd", "abe"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("suports", "supports", 1)]
    [InlineData("ca", "abc", 3)]
    public void OptimalStringAlignmentDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggester.Distance(a, b));
        Assert.Equal(expected, NameSuggester.Distance(b, a));
    }
}
