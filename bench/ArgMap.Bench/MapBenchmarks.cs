using System.Globalization;
using ArgMap.Bench.Generator;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Formats;
using ArgMap.Layout;
using ArgMap.Rendering.Cards;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.View;
using BenchmarkDotNet.Attributes;

namespace ArgMap.Bench;

/// <summary>
/// The three stages a user waits for, on generated maps (seed 1): loading and validating the JSON file, the layered
/// layout alone, and the whole render (load, DiagramBuilder, SvgExporter) as <c>argmap render</c> does it.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MapBenchmarks
{
    /// <summary>Map sizes; override with ARGMAP_BENCH_NODES=1000,10000 (comma-separated).</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("ARGMAP_BENCH_NODES") ?? "1000,10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Nodes { get; set; }

    private string _path = "";
    private LayoutGraph _layoutGraph = LayoutGraph.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"argmap-bench-{Nodes}-{Environment.ProcessId}.json");
        File.WriteAllText(_path, MapGenerator.Generate(Nodes, seed: 1));
        var graph = LoadGraph(_path);
        _layoutGraph = BuildLayoutGraph(graph, ViewOptions.Default);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (File.Exists(_path)) File.Delete(_path);
    }

    [Benchmark(Description = "load+validate")]
    public int LoadAndValidate() => MapLoader.Load(_path).Diagnostics.Count;

    [Benchmark(Description = "layout")]
    public LayoutResult Layout() => LayeredLayout.Compute(_layoutGraph, LayoutOptions.Default);

    [Benchmark(Description = "render (load -> DiagramBuilder -> SvgExporter)")]
    public int Render()
    {
        var graph = LoadGraph(_path);
        return SvgExporter.Export(DiagramBuilder.Build(graph, ViewOptions.Default)).Length;
    }

    private static ArgumentGraph LoadGraph(string path)
    {
        var result = MapLoader.Load(path);
        return result.Succeeded && result.Graph is { } graph
            ? graph
            : throw new InvalidOperationException($"generated map does not load: {string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(3))}");
    }

    /// <summary>
    /// The same layout input DiagramBuilder makes (a copy of the internal LayoutGraphFactory: boxes from the cards, each
    /// relation from its conclusion to its premise, answers to the question yes side first, undercuts as attachments).
    /// </summary>
    internal static LayoutGraph BuildLayoutGraph(ArgumentGraph graph, ViewOptions options)
    {
        var selection = ViewSelector.Select(graph, options);
        var notes = new SourceNotes(graph, selection.Nodes);
        var cardBuilder = new NodeCardBuilder(graph, options, notes, selection.HiddenEvidenceCounts);
        var cards = selection.Nodes.Select(cardBuilder.Build).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++) index[cards[i].Node.Id] = i;
        var ordered = selection.Relations
            .OrderBy(r => graph.FindNode(r.To)?.Kind == NodeKind.Question ? SideRank(graph.SideOf(r.From)) : 0)
            .ThenBy(r => r.Order)
            .ToList();
        var edges = ordered.Select(r => new LayoutEdge(index[r.To], index[r.From], graph.IsPrimary(r))).ToList();
        var edgeOf = new Dictionary<RelationKey, int>();
        for (var i = 0; i < ordered.Count; i++) edgeOf[ordered[i].Key] = i;
        var attachments = selection.Undercuts.Select(u => new LayoutAttachment(index[u.From], edgeOf[u.Target])).ToList();
        var nodes = cards.Select(c => new LayoutNode(c.Width, c.Height)).ToList();
        return new LayoutGraph(nodes, edges, attachments);
    }

    private static int SideRank(Side side) => side switch { Side.Yes => 0, Side.No => 1, _ => 2 };
}
