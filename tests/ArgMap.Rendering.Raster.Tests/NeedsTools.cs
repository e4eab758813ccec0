namespace ArgMap.Rendering.Raster.Tests;

/// <summary>
/// The system files raster tests need: the fonts PNG/PDF export loads, and pdftotext to read PDFs back. On a
/// developer machine without them (a fresh machine with only the .NET SDK) these tests are reported as skipped,
/// naming what to install; under CI (CI=true, where .ci/run installs them) they always run, so a missing package
/// fails loudly instead of hiding.
/// </summary>
internal static class NeedsTools
{
    public const string LiberationSans = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public const string PdfToText = "/usr/bin/pdftotext";

    public static string? SkipReason(string[] files)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true" || Environment.GetEnvironmentVariable("ARGMAP_FONT_DIR") is not null)
        {
            return null;
        }
        var missing = files.Where(f => !File.Exists(f)).ToList();
        return missing.Count == 0 ? null
            : $"needs {string.Join(", ", missing)}: apt-get install -y fonts-liberation2 fonts-dejavu-core poppler-utils (CI installs them)";
    }
}

/// <summary>A fact that needs the fonts (and, when named, other files) installed.</summary>
public sealed class RasterFactAttribute : FactAttribute
{
    public RasterFactAttribute(params string[] extra) => Skip = NeedsTools.SkipReason([NeedsTools.LiberationSans, NeedsTools.DejaVuSans, .. extra]);
}

/// <summary>A theory that needs the fonts (and, when named, other files) installed.</summary>
public sealed class RasterTheoryAttribute : TheoryAttribute
{
    public RasterTheoryAttribute(params string[] extra) => Skip = NeedsTools.SkipReason([NeedsTools.LiberationSans, NeedsTools.DejaVuSans, .. extra]);
}
