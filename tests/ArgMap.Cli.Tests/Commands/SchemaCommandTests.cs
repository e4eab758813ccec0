using System.Text.Json;

namespace ArgMap.Cli.Tests.Commands;

public class SchemaCommandTests
{
    private static byte[] SchemaFile() => File.ReadAllBytes(Path.Combine(CliRunner.RepoRoot(), "schema", "argmap.schema.json"));

    [Fact]
    public void SchemaPrintsTheSchemaExactly()
    {
        var result = CliRunner.Run(null, "schema");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(SchemaFile()), result.StdOut);
        using var _ = JsonDocument.Parse(result.StdOut);
    }

    [Fact]
    public void SchemaDashOPrintsToStandardOutput()
    {
        var result = CliRunner.Run(null, "schema", "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(SchemaFile()), result.StdOut);
    }

    [Fact]
    public void SchemaToFileWritesItAtomicallyWithNoTempFilesLeft()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "out", "argmap.schema.json");
        var result = CliRunner.Run(null, "schema", "-o", target);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Equal(SchemaFile(), File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void SchemaOverwritesAnExistingFile()
    {
        using var dir = new TempDir();
        var target = dir.Write("schema.json", "old contents that are longer than nothing");
        var result = CliRunner.RunIn(dir.Path, null, "schema", "--output", "schema.json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SchemaFile(), File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void SchemaToAnUnwritablePlaceFailsCleanly()
    {
        using var dir = new TempDir();
        var blocker = dir.Write("file", "x");
        var result = CliRunner.Run(null, "schema", "-o", Path.Combine(blocker, "sub", "schema.json"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot write", result.StdErr);
        result.AssertNoStackTrace();
        Assert.Equal([blocker], Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }
}
