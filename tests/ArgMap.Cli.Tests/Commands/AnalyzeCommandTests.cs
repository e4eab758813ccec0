using System.Text.Json;

namespace ArgMap.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private static string Example(string name) => Path.Combine(CliRunner.RepoRoot(), "examples", name + ".json");

    [Fact]
    public void JsonLabelsEveryNodeAndCarriesVerdictScoresExplanationsAndLints()
    {
        var result = CliRunner.Run(null, "analyze", Example("did-stalin-want-mass-terror"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        var root = doc.RootElement;
        var labels = root.GetProperty("labels");
        Assert.Equal(10, labels.EnumerateObject().Count());
        Assert.All(labels.EnumerateObject(), p => Assert.Contains(p.Value.GetString(), new[] { "in", "out", "undec" }));
        Assert.Equal("out", labels.GetProperty("c-opposed").GetString());
        Assert.Equal("falls", root.GetProperty("verdict").GetProperty("no").GetString());
        Assert.Equal(10, root.GetProperty("scores").EnumerateObject().Count());
        Assert.Equal("out: r-approved is in and contests it", root.GetProperty("explanations").GetProperty("c-opposed").GetString());
        var lint = root.GetProperty("lints").EnumerateArray().First(l => l.GetProperty("code").GetString() == "AM303");
        Assert.Equal("e-1933-instruction", lint.GetProperty("node").GetString());
        Assert.True(lint.GetProperty("line").GetInt32() > 1);
    }

    [Fact]
    public void AnAspartixFrameworkIsAnalysedDirectly()
    {
        var apx = Path.Combine(Path.GetTempPath(), $"argmap-{Guid.NewGuid():N}.apx");
        File.WriteAllText(apx, "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n");
        try
        {
            var result = CliRunner.Run(null, "analyze", apx, "--format", "json", "--semantics", "preferred");
            Assert.Equal(0, result.ExitCode);
            using var doc = JsonDocument.Parse(result.StdOut);
            var labels = doc.RootElement.GetProperty("labels");
            Assert.Equal(("in", "out", "in"), (labels.GetProperty("a").GetString(), labels.GetProperty("b").GetString(), labels.GetProperty("c").GetString()));
        }
        finally
        {
            File.Delete(apx);
        }
    }

    [Fact]
    public void TextAndMarkdownReportsShowTheVerdictAndTheLints()
    {
        var text = CliRunner.Run(null, "analyze", Example("school-uniforms"));
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("grounded", text.StdOut);
        Assert.Contains("lint AM", text.StdOut);
        var md = CliRunner.Run(null, "analyze", Example("school-uniforms"), "--format", "md");
        Assert.Contains("## Verdict", md.StdOut);
        Assert.Contains("| semantics | yes side | no side | verdict |", md.StdOut);
    }
}
