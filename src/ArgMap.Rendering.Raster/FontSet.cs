using System.Collections.Concurrent;
using SkiaSharp;

namespace ArgMap.Rendering.Raster;

/// <summary>
/// The typefaces PNG/PDF export draws with, loaded from font files rather than looked up through the
/// platform font manager, so that text is drawn the same on every machine (and at all: a fontconfig-free
/// Skia finds no system fonts and would silently drop every glyph).
/// </summary>
/// <remarks>
/// <para>Liberation Sans (metric-compatible with Arial, the first family the SVG asks for) in its four
/// styles is the primary face; DejaVu Sans is the fallback for characters Liberation Sans lacks.</para>
/// <para>By default the files are read from the Debian locations
/// <c>/usr/share/fonts/truetype/liberation2/</c> (package fonts-liberation2) and
/// <c>/usr/share/fonts/truetype/dejavu/</c> (package fonts-dejavu-core). Setting the environment variable
/// <c>ARGMAP_FONT_DIR</c> replaces both: the files are then looked up by name in that folder and its
/// sub-folders.</para>
/// </remarks>
public sealed class FontSet
{
    /// <summary>Environment variable that overrides the font folder.</summary>
    public const string FontDirEnvironmentVariable = "ARGMAP_FONT_DIR";

    internal const string LiberationDir = "/usr/share/fonts/truetype/liberation2";
    internal const string DejaVuDir = "/usr/share/fonts/truetype/dejavu";
    private const string LiberationPackage = "fonts-liberation2";
    private const string DejaVuPackage = "fonts-dejavu-core";

    private static readonly ConcurrentDictionary<string, Lazy<FontSet>> Cache = new(StringComparer.Ordinal);

    private FontSet(SKTypeface regular, SKTypeface bold, SKTypeface italic, SKTypeface boldItalic,
        SKTypeface fallback, SKTypeface fallbackBold, IReadOnlyList<string> files)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
        Fallback = fallback;
        FallbackBold = fallbackBold;
        Files = files;
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Italic { get; }
    public SKTypeface BoldItalic { get; }
    public SKTypeface Fallback { get; }
    public SKTypeface FallbackBold { get; }

    /// <summary>The font files that were loaded, in the order above.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>
    /// The font set for the current environment (<c>ARGMAP_FONT_DIR</c> or the Debian default folders),
    /// loaded once per folder and shared.
    /// </summary>
    /// <exception cref="MissingFontException">A required font file is not there.</exception>
    public static FontSet Current()
    {
        var overrideDir = Environment.GetEnvironmentVariable(FontDirEnvironmentVariable);
        return Load(string.IsNullOrWhiteSpace(overrideDir) ? null : overrideDir);
    }

    /// <summary>Loads (once, then cached) the fonts from <paramref name="fontDir"/>, or from the Debian
    /// default folders when it is null.</summary>
    /// <exception cref="MissingFontException">A required font file is not there.</exception>
    public static FontSet Load(string? fontDir)
    {
        var key = fontDir ?? "";
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<FontSet>(() => LoadUncached(fontDir)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // Do not cache a failure: the user may install the package and retry in the same process.
            Cache.TryRemove(new KeyValuePair<string, Lazy<FontSet>>(key, lazy));
            throw;
        }
    }

    private static FontSet LoadUncached(string? fontDir)
    {
        var files = new List<string>();
        SKTypeface Open(string fileName, string defaultDir, string package)
        {
            var path = Find(fileName, fontDir, defaultDir)
                ?? throw new MissingFontException(fileName, fontDir ?? defaultDir, package);
            var typeface = SKTypeface.FromFile(path)
                ?? throw new MissingFontException(fileName + " (unreadable: " + path + ")", fontDir ?? defaultDir, package);
            files.Add(path);
            return typeface;
        }

        var regular = Open("LiberationSans-Regular.ttf", LiberationDir, LiberationPackage);
        var bold = Open("LiberationSans-Bold.ttf", LiberationDir, LiberationPackage);
        var italic = Open("LiberationSans-Italic.ttf", LiberationDir, LiberationPackage);
        var boldItalic = Open("LiberationSans-BoldItalic.ttf", LiberationDir, LiberationPackage);
        var fallback = Open("DejaVuSans.ttf", DejaVuDir, DejaVuPackage);
        var fallbackBold = Open("DejaVuSans-Bold.ttf", DejaVuDir, DejaVuPackage);
        return new FontSet(regular, bold, italic, boldItalic, fallback, fallbackBold, files);
    }

    private static string? Find(string fileName, string? overrideDir, string defaultDir)
    {
        if (overrideDir is null)
        {
            var path = Path.Combine(defaultDir, fileName);
            return File.Exists(path) ? path : null;
        }

        if (!Directory.Exists(overrideDir))
            return null;
        var direct = Path.Combine(overrideDir, fileName);
        if (File.Exists(direct))
            return direct;
        // Sorted so that the choice among several copies is stable.
        return Directory.EnumerateFiles(overrideDir, fileName, SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The primary (Liberation Sans) face for a weight and slant.</summary>
    internal SKTypeface Primary(SKFontStyleWeight weight, SKFontStyleSlant slant) =>
        Primary((int)weight >= 600, slant != SKFontStyleSlant.Upright);

    /// <summary>The primary (Liberation Sans) face in bold and/or italic.</summary>
    internal SKTypeface Primary(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    /// <summary>The fallback (DejaVu Sans) face for a weight.</summary>
    internal SKTypeface FallbackFor(SKFontStyleWeight weight) => FallbackFor((int)weight >= 600);

    /// <summary>The fallback (DejaVu Sans) face, bold or regular (only upright faces are loaded).</summary>
    internal SKTypeface FallbackFor(bool bold) => bold ? FallbackBold : Fallback;
}
