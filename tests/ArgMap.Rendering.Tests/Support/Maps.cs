using ArgMap.Core.Graph;
using ArgMap.Formats.Json;

namespace ArgMap.Rendering.Tests.Support;

/// <summary>Loading maps for rendering tests; a map that does not load is a broken test, reported with its diagnostics.</summary>
public static class Maps
{
    public static ArgumentGraph Load(string path) => Check(ArgumentFileLoader.Load(path), path);

    public static ArgumentGraph FromJson(string json) => Check(ArgumentFileLoader.LoadText(json), "<inline>");

    private static ArgumentGraph Check(ArgMap.Formats.LoadResult result, string name)
    {
        Assert.True(result.Succeeded, $"{name} did not load:\n" + string.Join("\n", result.Diagnostics));
        return result.Graph!;
    }
}
