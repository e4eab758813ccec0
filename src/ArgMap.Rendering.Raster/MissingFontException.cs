namespace ArgMap.Rendering.Raster;

/// <summary>
/// A font file that PNG/PDF export needs is not on disk. The message names the file, the folder that was
/// searched and the Debian package that provides it, so a CLI can print it as is.
/// </summary>
public sealed class MissingFontException : Exception
{
    public MissingFontException(string fileName, string searchedFolder, string debianPackage)
        : base(BuildMessage(fileName, searchedFolder, debianPackage))
    {
        FileName = fileName;
        SearchedFolder = searchedFolder;
        DebianPackage = debianPackage;
    }

    /// <summary>The font file name that was not found, e.g. <c>LiberationSans-Regular.ttf</c>.</summary>
    public string FileName { get; }

    /// <summary>The folder (or folders, separated by <c>;</c>) that were searched.</summary>
    public string SearchedFolder { get; }

    /// <summary>The Debian package that installs the file, e.g. <c>fonts-liberation2</c>.</summary>
    public string DebianPackage { get; }

    private static string BuildMessage(string fileName, string folder, string package) =>
        $"font file '{fileName}' not found (searched {folder}); PNG and PDF export need it to draw text. " +
        $"Fix: install the Debian package {package} (apt-get install {package}), " +
        $"or set {FontSet.FontDirEnvironmentVariable} to a folder that contains {fileName}.";
}
