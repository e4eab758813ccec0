using ArgMap.Formats.Json;

namespace ArgMap.Formats;

/// <summary>
/// The one entry point commands use to read an argument file, whatever its format. Today it reads ArgMap JSON;
/// importers for other formats plug in here, detected from the content.
/// </summary>
public static class MapLoader
{
    /// <summary>Loads the file at <paramref name="path"/> ("-" for standard input). Never throws for bad input.</summary>
    public static LoadResult Load(string path) => ArgumentFileLoader.Load(path);
}
