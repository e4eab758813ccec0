using System.Text;
using System.Text.Json;
using ArgMap.Formats.Json;
using static ArgMap.Formats.Tests.TestSupport;

namespace ArgMap.Formats.Tests.Json;

public class ArgMapSchemaTests
{
    [Fact]
    public void SchemaTextParsesAsJsonDraft202012()
    {
        using var doc = JsonDocument.Parse(ArgMapSchema.Text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(["argmap", "nodes"], doc.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void SchemaTextIsByteIdenticalToTheSchemaFile()
    {
        var onDisk = File.ReadAllBytes(Path.Combine(RepoRoot(), "schema", "argmap.schema.json"));
        var embedded = new UTF8Encoding(false).GetBytes(ArgMapSchema.Text);
        Assert.Equal(onDisk.Length, embedded.Length);
        Assert.True(onDisk.AsSpan().SequenceEqual(embedded), "the embedded schema differs from schema/argmap.schema.json");
    }
}
