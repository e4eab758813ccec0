namespace ArgMap.Browser.Tests;

/// <summary>
/// Browser tests drive Debian's Chromium (and pdftotext). On a developer machine without them (a fresh machine with
/// only the .NET SDK) they are reported as skipped, naming what to install; under CI (CI=true, where .ci/run
/// installs them) they always run, so a missing package fails loudly instead of hiding.
/// </summary>
internal static class NeedsBrowser
{
    public static string? SkipReason()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return null;
        }
        var missing = new[] { BrowserFixture.ChromiumPath, "/usr/bin/pdftotext" }.Where(f => !File.Exists(f)).ToList();
        return missing.Count == 0 ? null : $"needs {string.Join(", ", missing)}: apt-get install -y chromium poppler-utils (CI installs them)";
    }
}

/// <summary>A fact that runs in a real browser.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = NeedsBrowser.SkipReason();
}

/// <summary>A theory that runs in a real browser.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = NeedsBrowser.SkipReason();
}
