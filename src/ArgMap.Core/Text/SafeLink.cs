namespace ArgMap.Core.Text;

/// <summary>Which link targets ArgMap will ever write as links: http, https, mailto, and DOIs.</summary>
public static class SafeLink
{
    public static bool IsAllowed(string url)
    {
        var u = url.Trim();
        return u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || IsDoi(u);
    }

    /// <summary>A bare DOI ("10.1111/1467-9434.00209") or "doi:" form.</summary>
    public static bool IsDoi(string value)
    {
        var v = value.Trim();
        if (v.StartsWith("doi:", StringComparison.OrdinalIgnoreCase))
        {
            v = v[4..];
        }
        return v.StartsWith("10.", StringComparison.Ordinal) && v.Contains('/') && !v.Any(char.IsWhiteSpace);
    }

    /// <summary>The href to write for an allowed target (DOIs resolve through doi.org), or null.</summary>
    public static string? Href(string url)
    {
        var u = url.Trim();
        if (!IsAllowed(u))
        {
            return null;
        }
        if (IsDoi(u))
        {
            var doi = u.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? u[4..] : u;
            return "https://doi.org/" + doi;
        }
        return u;
    }
}
