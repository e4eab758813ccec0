namespace ArgMap.Cli.Tests.Commands;

public sealed class ImportAndFmtCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("argmap-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AnAifFileImportsToAMapThatValidates()
    {
        var aif = Path.Combine(_dir, "small.json");
        File.WriteAllText(aif, """
            {"nodes": [
              {"nodeID": "1", "text": "Uniforms should be compulsory", "type": "I"},
              {"nodeID": "2", "text": "They reduce bullying", "type": "I"},
              {"nodeID": "3", "text": "Default Inference", "type": "RA"},
              {"nodeID": "4", "text": "They cost too much", "type": "I"},
              {"nodeID": "5", "text": "Default Conflict", "type": "CA"}],
             "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"},
              {"edgeID": "3", "fromID": "4", "toID": "5"}, {"edgeID": "4", "fromID": "5", "toID": "1"}],
             "locutions": []}
            """);
        var target = Path.Combine(_dir, "map.json");
        var result = CliRunner.Run(null, "import", "--from", "aif", aif, "-o", target);
        Assert.Equal(0, result.ExitCode);
        var check = CliRunner.Run(null, "validate", target);
        Assert.Equal(0, check.ExitCode);
        var text = File.ReadAllText(target);
        Assert.Contains("\"type\": \"question\"", text);
        Assert.Contains("They reduce bullying", text);
        Assert.Contains("\"contests\"", text);
    }

    [Fact]
    public void FmtPrintsByDefaultWritesOnlyWhenAskedAndKeepsUnknownMembers()
    {
        var file = Path.Combine(_dir, "map.json");
        var original = """{"nodes": [{"type": "question", "text": "Q?", "id": "q", "x-color": "red"}], "argmap": 1, "x-owner": "me"}""";
        File.WriteAllText(file, original);
        var printed = CliRunner.Run(null, "fmt", file);
        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(original, File.ReadAllText(file));
        Assert.Contains("\"x-color\": \"red\"", printed.StdOut);
        Assert.Contains("\"x-owner\": \"me\"", printed.StdOut);
        Assert.True(printed.StdOut.IndexOf("\"argmap\"", StringComparison.Ordinal) < printed.StdOut.IndexOf("\"nodes\"", StringComparison.Ordinal));

        Assert.Equal(1, CliRunner.Run(null, "fmt", "--check", file).ExitCode);
        Assert.Equal(0, CliRunner.Run(null, "fmt", "--write", file).ExitCode);
        Assert.Equal(printed.StdOut, File.ReadAllText(file));
        Assert.Equal(0, CliRunner.Run(null, "fmt", "--check", file).ExitCode);
    }

    [Fact]
    public void FmtRefusesToDropComments()
    {
        var file = Path.Combine(_dir, "commented.json");
        File.WriteAllText(file, "{\n  // keep me\n  \"argmap\": 1, \"nodes\": [{\"id\": \"q\", \"type\": \"question\", \"text\": \"Q?\"}]\n}\n");
        var result = CliRunner.Run(null, "fmt", "--write", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(":2:3: error AM015", result.StdErr);
        Assert.Contains("// keep me", File.ReadAllText(file));
    }
}
