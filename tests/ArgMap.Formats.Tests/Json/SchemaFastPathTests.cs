using System.Text.Json;
using System.Text.Json.Nodes;
using ArgMap.Formats.Json;
using Json.Schema;

namespace ArgMap.Formats.Tests.Json;

/// <summary>
/// The loader skips JsonSchema.Net when the fast walk says a document conforms, so the walk must never accept what
/// the schema rejects. These tests mutate the examples thousands of ways and compare the two.
/// </summary>
public class SchemaFastPathTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ArgMapSchema.Text);

    private static string[] Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "ArgMap.sln")))
        {
            dir = dir.Parent;
        }
        return Directory.GetFiles(Path.Combine(dir.FullName, "examples"), "*.json").Order(StringComparer.Ordinal).ToArray();
    }

    private static bool SchemaAccepts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static bool FastPathAccepts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return SchemaFastPath.Conforms(doc.RootElement);
    }

    [Fact]
    public void TheExamplesTakeTheFastPath()
    {
        Assert.All(Examples(), file => Assert.True(FastPathAccepts(File.ReadAllText(file)), file));
    }

    [Fact]
    public void NoMutationIsAcceptedByTheFastPathButRejectedByTheSchema()
    {
        var random = new Random(20261129);
        var mutants = 0;
        var rejected = 0;
        foreach (var file in Examples())
        {
            var original = JsonNode.Parse(File.ReadAllText(file))!;
            for (var i = 0; i < 700; i++)
            {
                var copy = original.DeepClone();
                Mutate(copy, random);
                var json = copy.ToJsonString();
                var schema = SchemaAccepts(json);
                Assert.False(FastPathAccepts(json) && !schema, $"the fast path accepts what the schema rejects:\n{json}");
                mutants++;
                rejected += schema ? 0 : 1;
            }
        }
        // The mutations must actually reach the schema's rules, or the test proves nothing.
        Assert.True(rejected > mutants / 3, $"only {rejected} of {mutants} mutants were invalid");
    }

    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => JsonValue.Create(7),
        _ => JsonValue.Create(1.5),
        _ => JsonValue.Create(-0.5),
        _ => JsonValue.Create(""),
        _ => JsonValue.Create("a b"),
        _ => JsonValue.Create("May 1933"),
        _ => JsonValue.Create("1937-07"),
        _ => JsonValue.Create("ok-id"),
        _ => JsonValue.Create(true),
        _ => null,
        _ => new JsonArray(),
        _ => new JsonArray(JsonValue.Create(3)),
        _ => new JsonArray(new JsonArray(JsonValue.Create(2002), JsonValue.Create(1), JsonValue.Create(2), JsonValue.Create(3))),
        _ => new JsonObject(),
        _ => new JsonObject { ["to"] = "q", ["weight"] = 3 },
        _ => new JsonObject { ["from"] = 1 },
        _ => JsonValue.Create("evidence"),
        _ => JsonValue.Create("claimm"),
    ];

    /// <summary>Replaces, removes or renames one value somewhere in the document.</summary>
    private static void Mutate(JsonNode root, Random random)
    {
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        void Walk(JsonNode node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, child) in obj.ToList())
                {
                    places.Add((obj, name, -1));
                    if (child is not null) Walk(child);
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i));
                    if (array[i] is { } child) Walk(child);
                }
            }
        }
        Walk(root);
        var (parent, name, index) = places[random.Next(places.Count)];
        var action = random.Next(10);
        if (parent is JsonObject o)
        {
            if (action == 0)
            {
                o.Remove(name!);
            }
            else if (action == 1)
            {
                var value = o[name!]?.DeepClone();
                o.Remove(name!);
                o[name! + "x"] = value;
            }
            else
            {
                o[name!] = Replacements[random.Next(Replacements.Length)](random);
            }
        }
        else if (parent is JsonArray a)
        {
            if (action == 0)
            {
                a.RemoveAt(index);
            }
            else
            {
                a[index] = Replacements[random.Next(Replacements.Length)](random);
            }
        }
    }
}
