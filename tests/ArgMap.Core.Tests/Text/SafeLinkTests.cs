using ArgMap.Core.Text;

namespace ArgMap.Core.Tests.Text;

public class SafeLinkTests
{
    [Theory]
    [InlineData("http://example.org/a", "http://example.org/a")]
    [InlineData("https://www.jstor.org/stable/2679506", "https://www.jstor.org/stable/2679506")]
    [InlineData("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG")]
    [InlineData("  https://example.org  ", "https://example.org")]
    [InlineData("mailto:someone@example.org", "mailto:someone@example.org")]
    [InlineData("10.1111/1467-9434.00209", "https://doi.org/10.1111/1467-9434.00209")]
    [InlineData("doi:10.1111/1467-9434.00209", "https://doi.org/10.1111/1467-9434.00209")]
    [InlineData("DOI:10.1000/xyz", "https://doi.org/10.1000/xyz")]
    public void AllowedTargetsAndTheirHrefs(string url, string href)
    {
        Assert.True(SafeLink.IsAllowed(url));
        Assert.Equal(href, SafeLink.Href(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("ftp://example.org")]
    [InlineData("//example.org")]
    [InlineData("example.org")]
    [InlineData("http:/example.org")]
    [InlineData("10.1111 /space")]
    [InlineData("10.1111")]
    [InlineData("")]
    public void RefusedTargetsHaveNoHref(string url)
    {
        Assert.False(SafeLink.IsAllowed(url));
        Assert.Null(SafeLink.Href(url));
    }

    [Theory]
    [InlineData("10.1111/1467-9434.00209", true)]
    [InlineData("doi:10.1/x", true)]
    [InlineData("https://doi.org/10.1/x", false)]
    [InlineData("11.1/x", false)]
    public void IsDoi(string value, bool expected) => Assert.Equal(expected, SafeLink.IsDoi(value));
}
