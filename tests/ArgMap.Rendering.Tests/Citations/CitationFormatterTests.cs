using ArgMap.Core.Model;
using ArgMap.Rendering.Citations;

namespace ArgMap.Rendering.Tests.Citations;

public class CitationFormatterTests
{
    private static readonly Source Getty = new("getty2002", "article-journal",
        "\u2018Excesses Are Not Permitted\u2019: Mass Terror and Stalinist Governance in the Late 1930s",
        [new PersonName("Getty", "J. Arch", null)], [2002, 1], null, "The Russian Review", "61", "1", "113-138",
        Doi: "10.1111/1467-9434.00209");

    private static readonly Source Book = new("works14", "book", "Works", [new PersonName("Stalin", "J. V.", null)], [1978],
        Publisher: "Red Star Press", PublisherPlace: "London");

    private static string Plain(IReadOnlyList<TextRun> runs) => string.Concat(runs.Select(r => r.Italic ? $"*{r.Text}*" : r.Text));

    [Fact]
    public void ChicagoJournalArticle()
    {
        Assert.Equal(
            "Getty, J. Arch. \u201C\u2018Excesses Are Not Permitted\u2019: Mass Terror and Stalinist Governance in the Late 1930s.\u201D *The Russian Review* 61, no. 1 (January 2002): 113-138. https://doi.org/10.1111/1467-9434.00209",
            Plain(CitationFormatter.Entry(Getty, CitationStyle.Chicago)));
    }

    [Fact]
    public void ApaJournalArticle()
    {
        Assert.Equal(
            "Getty, J. A. (2002). \u2018Excesses Are Not Permitted\u2019: Mass Terror and Stalinist Governance in the Late 1930s. *The Russian Review, 61*(1), 113-138. https://doi.org/10.1111/1467-9434.00209",
            Plain(CitationFormatter.Entry(Getty, CitationStyle.Apa)));
    }

    [Theory]
    [InlineData("\u201CExcesses Are Not Permitted\u201D: Mass Terror")]
    [InlineData("\"Excesses Are Not Permitted\": Mass Terror")]
    public void ChicagoNestsQuotesInsideAQuotedTitle(string title)
    {
        var source = Getty with { Title = title };
        Assert.StartsWith("Getty, J. Arch. \u201C\u2018Excesses Are Not Permitted\u2019: Mass Terror.\u201D ",
            Plain(CitationFormatter.Entry(source, CitationStyle.Chicago)));
    }

    [Fact]
    public void ChicagoAddsNoPeriodAfterAQuestionInsideQuotes()
    {
        var post = new Source("vaughn", "post-weblog", "Did Stalin Want \u201CMass Terror?\u201D", [new PersonName("Vaughn", "Victor", null)], null);
        Assert.Equal("Vaughn, Victor. \u201CDid Stalin Want \u2018Mass Terror?\u2019\u201D", Plain(CitationFormatter.Entry(post, CitationStyle.Chicago)));
    }

    [Fact]
    public void ChicagoAndApaBooks()
    {
        Assert.Equal("Stalin, J. V. *Works.* London: Red Star Press, 1978.", Plain(CitationFormatter.Entry(Book, CitationStyle.Chicago)));
        Assert.Equal("Stalin, J. V. (1978). *Works.* Red Star Press.", Plain(CitationFormatter.Entry(Book, CitationStyle.Apa)));
    }

    [Theory]
    [InlineData(CitationStyle.Chicago, null, "Getty 2002, 113-138")]
    [InlineData(CitationStyle.Chicago, "120", "Getty 2002, 120")]
    [InlineData(CitationStyle.Apa, null, "Getty, 2002, pp. 113-138")]
    [InlineData(CitationStyle.Apa, "120", "Getty, 2002, p. 120")]
    public void ShortCitations(CitationStyle style, string? locator, string expected) =>
        Assert.Equal(expected, CitationFormatter.Short(Getty, style, locator));

    [Fact]
    public void ManyAuthorsShortenToEtAl()
    {
        var source = Getty with { Authors = [new("A", "X", null), new("B", "Y", null), new("C", "Z", null)] };
        Assert.Equal("A et al. 2002, 113-138", CitationFormatter.Short(source, CitationStyle.Chicago));
    }
}
