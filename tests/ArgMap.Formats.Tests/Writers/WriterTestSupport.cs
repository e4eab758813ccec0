using System.Globalization;
using ArgMap.Core.Model;
using ArgMap.Formats.Json;

namespace ArgMap.Formats.Tests.Writers;

/// <summary>Examples, a corpus sample, and a field-by-field description of a map for equality checks.</summary>
internal static class WriterTestSupport
{
    public const string CorpusAbsent = "corpus absent";

    public static string ExamplesFolder => Path.Combine(TestSupport.RepoRoot(), "examples");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ExamplesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    public static ArgumentMap LoadExample(string name)
    {
        var result = ArgumentFileLoader.Load(Path.Combine(ExamplesFolder, name + ".json"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Map!;
    }

    public static string? CorpusRoot()
    {
        var dir = Path.GetFullPath(Path.Combine(TestSupport.RepoRoot(), "..", "shared", "corpus"));
        return Directory.Exists(dir) ? dir : null;
    }

    /// <summary>The first three files (in ordinal order) of every corpus format folder.</summary>
    public static TheoryData<string> CorpusSample()
    {
        var data = new TheoryData<string>();
        var root = CorpusRoot();
        if (root is null)
        {
            data.Add(CorpusAbsent);
            return data;
        }
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".json" or ".yml" or ".yaml" or ".xml" or ".apx")
                .Order(StringComparer.Ordinal)
                .Take(3);
            foreach (var file in files)
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }
        return data;
    }

    private static string N(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? "-";

    private static string S(string? s) => s ?? "<null>";

    public static string[] DescribeNodes(ArgumentMap map) => map.Nodes.Select(n =>
    {
        var e = n.Evidence;
        var evidence = e is null ? "" :
            $" | quote={e.Quote} src={S(e.SourceId)} loc={S(e.Locator)} attr={S(e.Attribution)} date={S(e.Date)} cited={S(e.CitedInId)} ctx={S(e.Context)} hl={(e.Highlight is null ? "<null>" : string.Join("|", e.Highlight))} checked={e.PrimaryChecked}";
        return $"{n.Id} {n.Kind} text={S(n.Text)} tags={string.Join("|", n.Tags)} by={S(n.By)} note={S(n.Note)} w={N(n.Weight)} period={S(n.Period?.From)}..{S(n.Period?.To)}{evidence}";
    }).ToArray();

    /// <summary>Relations as a sorted set: the writer groups them on their From node, so list order may change.</summary>
    public static string[] DescribeRelations(ArgumentMap map) => map.Relations
        .Select(r => $"{r.From} {r.Kind} {r.To} label={S(r.Label)} w={N(r.Weight)}")
        .Order(StringComparer.Ordinal).ToArray();

    public static string[] DescribeUndercuts(ArgumentMap map) => map.Undercuts
        .Select(u => $"{u.From} undercuts {u.Target}")
        .Order(StringComparer.Ordinal).ToArray();

    public static string[] DescribeSources(ArgumentMap map) => map.Sources.Select(s =>
        $"{s.Id} {S(s.Type)} {S(s.Title)} [{string.Join("; ", s.Authors.Select(a => $"{S(a.Family)},{S(a.Given)},{S(a.Literal)}"))}] " +
        $"{(s.Issued is null ? "-" : string.Join("-", s.Issued))} {S(s.IssuedLiteral)} {S(s.ContainerTitle)} {S(s.Volume)} {S(s.Issue)} {S(s.Page)} " +
        $"{S(s.Publisher)} {S(s.PublisherPlace)} {S(s.Url)} {S(s.Doi)} {S(s.Archive)} {S(s.ArchiveLocation)} {S(s.Note)} " +
        $"{(s.Extra is null ? "-" : string.Join(";", s.Extra.Select(kv => kv.Key + "=" + System.Text.Json.Nodes.JsonNode.Parse(kv.Value)!.ToJsonString())))}").ToArray();
}
