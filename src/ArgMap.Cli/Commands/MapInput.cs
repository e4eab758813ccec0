using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Formats;

namespace ArgMap.Cli.Commands;

/// <summary>Loading a map for a command that uses it: problems go to standard error; errors stop the command.</summary>
internal static class MapInput
{
    /// <summary>The graph, or null with the exit code to return when the file cannot be used.</summary>
    public static (ArgumentGraph? Graph, int ExitCode) Load(string path)
    {
        var result = MapLoader.Load(path);
        foreach (var d in result.Diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }
        if (result.Succeeded)
        {
            return (result.Graph, ExitCodes.Ok);
        }
        var ioOnly = result.Diagnostics.Where(d => d.IsError).All(d => d.Code == DiagnosticCodes.CannotRead);
        Console.Error.WriteLine($"argmap: {path}: not drawn: fix the errors above (argmap validate {path} lists them all)");
        return (null, ioOnly ? ExitCodes.IoError : ExitCodes.InvalidInput);
    }

    /// <summary>The default output path for an input: same name, new extension, in the same folder.</summary>
    public static string? DefaultOutput(string input, string extension) =>
        input == "-" ? null : Path.ChangeExtension(input, extension);
}
