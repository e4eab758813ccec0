namespace ArgMap.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void NoArgumentsIsAUsageError()
    {
        var result = CliRunner.Run(null);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("argmap --help", result.StdErr);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var result = CliRunner.Run(null, "--bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.StdErr);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void UnknownCommandIsAUsageError()
    {
        var result = CliRunner.Run(null, "frobnicate");
        Assert.Equal(2, result.ExitCode);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void VersionExitsZero()
    {
        var result = CliRunner.Run(null, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["0.1.0"], result.OutLines);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void HelpExitsZeroAndListsTheCommands(string option)
    {
        var result = CliRunner.Run(null, option);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate", result.StdOut);
        Assert.Contains("schema", result.StdOut);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void ValidateHelpExitsZero()
    {
        var result = CliRunner.Run(null, "validate", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--strict", result.StdOut);
        Assert.Contains("--format", result.StdOut);
    }
}
