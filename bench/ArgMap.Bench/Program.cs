using BenchmarkDotNet.Running;

// dotnet run --project bench/ArgMap.Bench -c Release -- --filter '*'
// ARGMAP_BENCH_NODES=1000 dotnet run --project bench/ArgMap.Bench -c Release -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ArgMap.Bench.MapBenchmarks).Assembly).Run(args);
