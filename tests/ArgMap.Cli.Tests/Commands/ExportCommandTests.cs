using System.Xml.Linq;

namespace ArgMap.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("argmap-export-").FullName;

    private static string Example(string name) => Path.Combine(CliRunner.RepoRoot(), "examples", name + ".json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("svg", "map.svg", "<svg")]
    [InlineData("html", "map.html", "<!DOCTYPE html>")]
    [InlineData("dot", "map.dot", "digraph")]
    [InlineData("graphml", "map.graphml", "<graphml")]
    [InlineData("md", "map.md", "# Should state schools require a uniform?")]
    [InlineData("argdown", "map.argdown", "[Question]")]
    [InlineData("aif", "map.aif.json", "\"nodeID\"")]
    [InlineData("json", "map.json", "\"argmap\": 1")]
    public void EachFormatIsWrittenAndInferredFromTheExtension(string format, string file, string expected)
    {
        var target = Path.Combine(_dir, file);
        var result = CliRunner.Run(null, "export", Example("school-uniforms"), "-o", target);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, File.ReadAllText(target));
        Assert.Contains($"wrote {target}", result.StdErr);
        var named = CliRunner.Run(null, "export", Example("school-uniforms"), "--format", format, "-o", "-");
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(File.ReadAllText(target), named.StdOut);
    }

    [Fact]
    public void AnUnknownExtensionWithoutFormatIsAUsageError()
    {
        var result = CliRunner.Run(null, "export", Example("school-uniforms"), "-o", Path.Combine(_dir, "map.xyz"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot tell the format", result.StdErr);
    }

    [Fact]
    public void ABatchWritesEveryGoodFileReportsTheBadOneAndExitsOne()
    {
        var inputs = Path.Combine(_dir, "maps");
        Directory.CreateDirectory(inputs);
        File.Copy(Example("school-uniforms"), Path.Combine(inputs, "a.json"));
        File.Copy(Example("did-stalin-want-mass-terror"), Path.Combine(inputs, "b.json"));
        File.WriteAllText(Path.Combine(inputs, "c.json"), "{ \"argmap\": 1, ");
        var output = Path.Combine(_dir, "out") + "/";
        var result = CliRunner.RunIn(_dir, null, "render", "maps/*.json", "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "a.svg")));
        Assert.True(File.Exists(Path.Combine(_dir, "out", "b.svg")));
        Assert.False(File.Exists(Path.Combine(_dir, "out", "c.svg")));
        Assert.Contains("maps/c.json:1:", result.StdErr);
        Assert.Contains("3 files: 2 written, 1 failed", result.StdErr);
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "out"), "*.tmp"));
        XDocument.Load(Path.Combine(_dir, "out", "a.svg"));
        result.AssertNoStackTrace();
    }

    [Fact]
    public void RenderRefusesToOverwriteItsInput()
    {
        var copy = Path.Combine(_dir, "map.json");
        File.Copy(Example("school-uniforms"), copy);
        var before = File.ReadAllBytes(copy);
        var result = CliRunner.Run(null, "render", copy, "-o", copy);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refusing to overwrite an input", result.StdErr);
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void CaptionIsEmbeddedAndPrinted()
    {
        var target = Path.Combine(_dir, "fig.svg");
        var result = CliRunner.Run(null, "render", Example("did-stalin-want-mass-terror"), "--caption", "chicago", "-o", target);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Figure 1. Did Stalin Want", result.StdErr);
        Assert.Contains("Figure 1. Did Stalin Want", File.ReadAllText(target));
    }
}
