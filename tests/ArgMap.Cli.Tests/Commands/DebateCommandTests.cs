namespace ArgMap.Cli.Tests.Commands;

/// <summary><c>argmap debate</c>: writes the HTML packet, prints the Markdown one, honours --paper and reports bad input.</summary>
public sealed class DebateCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static string Example(string name) => Path.Combine(CliRunner.RepoRoot(), "examples", name + ".json");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WritesTheHtmlPacket()
    {
        var target = Path.Combine(_dir.Path, "X.html");
        var result = CliRunner.Run(null, "debate", Example("did-stalin-want-mass-terror"), "-o", target);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"wrote {target}", result.StdErr);
        var html = File.ReadAllText(target);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("<div class=\"card\" data-id=\"e-1933-instruction\"", html);
        Assert.Contains("No answer in the file yet", html);
        Assert.Contains("<svg", html);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void PrintsMarkdownToStandardOutput()
    {
        var result = CliRunner.Run(null, "debate", Example("did-stalin-want-mass-terror"), "--format", "md", "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Debate packet: ", result.StdOut);
        Assert.Contains("## Affirmative case", result.StdOut);
        Assert.Contains("| Claim | 1AC | 1NC | 2AC | 2NC | 1NR | 1AR | 2NR | 2AR |", result.StdOut);
        Assert.DoesNotContain("<svg", result.StdOut);
    }

    [Fact]
    public void MarkdownIsInferredFromTheExtensionAndLetterPaperIsHonoured()
    {
        var md = Path.Combine(_dir.Path, "packet.md");
        Assert.Equal(0, CliRunner.Run(null, "debate", Example("school-uniforms"), "-o", md).ExitCode);
        Assert.StartsWith("# Debate packet: ", File.ReadAllText(md));
        var letter = CliRunner.Run(null, "debate", Example("school-uniforms"), "--paper", "letter", "--citations", "apa", "-o", "-");
        Assert.Equal(0, letter.ExitCode);
        Assert.Contains("@page { size: letter;", letter.StdOut);
        Assert.Contains("@page flow { size: letter landscape;", letter.StdOut);
    }

    [Fact]
    public void DefaultOutputSitsBesideTheInput()
    {
        var input = Path.Combine(_dir.Path, "uniforms.json");
        File.Copy(Example("school-uniforms"), input);
        var result = CliRunner.Run(null, "debate", input);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "uniforms.debate.html")));
    }

    [Fact]
    public void BadInputAndBadOptionsGiveTheUsualExitCodes()
    {
        var broken = _dir.Write("broken.json", "{ \"argmap\": 1, ");
        var invalid = CliRunner.Run(null, "debate", broken, "-o", "-");
        Assert.Equal(1, invalid.ExitCode);
        invalid.AssertNoStackTrace();
        Assert.Equal(2, CliRunner.Run(null, "debate", Example("school-uniforms"), "--paper", "a3").ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "debate", Example("school-uniforms"), "--focus", "nope", "-o", "-").ExitCode);
        Assert.Equal(3, CliRunner.Run(null, "debate", Path.Combine(_dir.Path, "missing.json"), "-o", "-").ExitCode);
    }
}
