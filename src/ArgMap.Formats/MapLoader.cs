using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Validation;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;
using ArgMap.Formats.Json;

namespace ArgMap.Formats;

/// <summary>
/// The one entry point commands use to read an argument file, whatever its format: ArgMap JSON, or a format an
/// importer reads (detected from the content when not named). Imported maps go through the same validation.
/// </summary>
public static class MapLoader
{
    /// <summary>Loads the file at <paramref name="path"/> ("-" for standard input). Never throws for bad input.</summary>
    public static LoadResult Load(string path, InputFormat? format = null, ImportOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var input = InputReader.Read(path, diagnostics);
        if (input is null)
        {
            return new LoadResult(null, null, diagnostics);
        }
        var chosen = format ?? FormatDetector.Detect(input, path);
        if (chosen == InputFormat.ArgMap)
        {
            return ArgumentFileLoader.Load(input);
        }
        var imported = Importers.Import(chosen, input, options ?? ImportOptions.Default);
        if (imported.Map is null)
        {
            return new LoadResult(null, null, imported.Diagnostics);
        }
        var graph = ArgumentGraph.Build(imported.Map);
        var all = imported.Diagnostics
            .Concat(MapValidator.Validate(graph).Select(d => d with { Location = d.Location ?? input.Start }))
            .ToList();
        return new LoadResult(imported.Map, graph, all);
    }
}
