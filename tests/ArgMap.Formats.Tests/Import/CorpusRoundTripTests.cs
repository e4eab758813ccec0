using ArgMap.Formats.Json;

namespace ArgMap.Formats.Tests.Import;

/// <summary>
/// Every map file of the third-party corpus (../shared/corpus), imported with <see cref="MapLoader.Load"/>, round-trips
/// through ArgMap's own format unchanged: written with <see cref="ArgumentMapJsonWriter.Write"/>, the text loads with
/// <see cref="ArgumentFileLoader.LoadText"/> without a single error, holds as many nodes, relations and undercuts, and
/// writes back to the identical text.
/// <para>
/// Discovery as in <see cref="CorpusImportTests"/>, over every folder: the map files are the .json, .yml/.yaml, .xml and
/// .apx files (the .txt beside them are Microtext plain texts and ICCMA reference extensions, the .argdown sources
/// have no importer: their Argdown JSON exports are in argdown-json).
/// </para>
/// </summary>
public sealed class CorpusRoundTripTests
{
    private const string Absent = "corpus absent: ../shared/corpus not found";

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var root = CorpusImportTests.CorpusRoot();
        if (root is null)
        {
            data.Add(Absent);
            return data;
        }
        foreach (var file in MapFiles(root))
        {
            data.Add(file);
        }
        return data;
    }

    private static List<string> MapFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".json" or ".yml" or ".yaml" or ".xml" or ".apx")
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Imported_map_round_trips_through_argmap_json_unchanged(string file)
    {
        if (file == Absent)
        {
            return; // reported in the case name
        }
        var imported = MapLoader.Load(Path.Combine(CorpusImportTests.CorpusRoot()!, file));
        Assert.True(imported.Map is not null && !imported.HasErrors, string.Join("\n", imported.Diagnostics));
        var map = imported.Map!;

        var text = ArgumentMapJsonWriter.Write(map);
        var reloaded = ArgumentFileLoader.LoadText(text, file + ".argmap.json");
        var errors = reloaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(reloaded.Map);

        Assert.Equal(map.Nodes.Count, reloaded.Map!.Nodes.Count);
        Assert.Equal(map.Relations.Count, reloaded.Map.Relations.Count);
        Assert.Equal(map.Undercuts.Count, reloaded.Map.Undercuts.Count);
        Assert.Equal(text, ArgumentMapJsonWriter.Write(reloaded.Map));
    }

    [Fact]
    public void Discovery_finds_every_map_file()
    {
        var root = CorpusImportTests.CorpusRoot();
        if (root is null)
        {
            return;
        }
        var byFolder = MapFiles(root).Select(f => f.Split('/')[0]).GroupBy(f => f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(131, byFolder["aif-json"]);
        Assert.Equal(28, byFolder["argdown-json"]);
        Assert.Equal(43, byFolder["carneades-yaml"]);
        Assert.Equal(7, byFolder["iccma-apx"]);
        Assert.Equal(224, byFolder["microtext-xml"]);
        Assert.Equal(5, byFolder["sadface-json"]);
    }
}
