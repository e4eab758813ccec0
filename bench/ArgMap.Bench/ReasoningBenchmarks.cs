using ArgMap.Analysis.Framework;
using ArgMap.Bench.Generator;
using ArgMap.Core.Graph;
using ArgMap.Formats.Json;
using ArgMap.Reasoning;
using BenchmarkDotNet.Attributes;

namespace ArgMap.Bench;

/// <summary>
/// The reasoning target: grounded labels for a 100,000-node map in under a second. Measures the translation of a
/// generated map into its Dung framework and the grounded labelling of that framework, separately.
/// Run: dotnet run --project bench/ArgMap.Bench -c Release -- --filter '*ReasoningBenchmarks*'
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReasoningBenchmarks
{
    private ArgumentGraph _graph = null!;
    private ArgumentationFramework _framework = null!;

    [Params(100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = MapGenerator.Generate(Nodes, seed: 1);
        _graph = ArgumentFileLoader.LoadText(json).Graph!;
        _framework = MapFrameworkTranslator.Translate(_graph).Framework;
    }

    [Benchmark]
    public ArgumentationFramework Translate() => MapFrameworkTranslator.Translate(_graph).Framework;

    [Benchmark]
    public Labelling Grounded() => GroundedSemantics.Compute(_framework);
}
