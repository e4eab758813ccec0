using System.Globalization;
using ArgMap.Bench.Generator;

// dotnet run --project bench/ArgMap.Bench.Generator -c Release -- --nodes N --seed S -o FILE.json
var nodes = 1000;
var seed = 1;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--nodes" or "-n":
            nodes = int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            break;
        case "--seed" or "-s":
            seed = int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            break;
        case "-o" or "--output":
            output = Next();
            break;
        case "-h" or "--help":
            Console.WriteLine("usage: ArgMap.Bench.Generator --nodes N [--seed S] [-o FILE.json]   (default: 1000 nodes, seed 1, stdout)");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}");
            return 2;
    }
}
if (nodes < 2)
{
    Console.Error.WriteLine("--nodes must be at least 2");
    return 2;
}
if (output is null or "-")
{
    using var stdout = Console.OpenStandardOutput();
    MapGenerator.Write(nodes, seed, stdout);
}
else
{
    using var file = File.Create(output);
    MapGenerator.Write(nodes, seed, file);
    Console.Error.WriteLine($"wrote {output} ({nodes} nodes, seed {seed})");
}
return 0;
