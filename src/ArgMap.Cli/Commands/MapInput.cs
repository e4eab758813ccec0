using ArgMap.Core.Diagnostics;
using ArgMap.Formats;
using ArgMap.Formats.Import;

namespace ArgMap.Cli.Commands;

/// <summary>Loading a map for a command that uses it: problems become messages; errors stop the command.</summary>
internal static class MapInput
{
    /// <summary>The load result, the lines to show (diagnostics), and the exit code (0 when the map can be used).</summary>
    public static (LoadResult Result, List<string> Messages, int ExitCode) Load(string path, InputFormat? format = null, ImportOptions? options = null)
    {
        var result = MapLoader.Load(path, format, options);
        var messages = result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()).ToList();
        if (result.Succeeded)
        {
            return (result, messages, ExitCodes.Ok);
        }
        var ioOnly = result.Diagnostics.Where(d => d.IsError).All(d => d.Code == DiagnosticCodes.CannotRead);
        messages.Add($"argmap: {path}: not used: fix the errors above (argmap validate {path} lists them all)");
        return (result, messages, ioOnly ? ExitCodes.IoError : ExitCodes.InvalidInput);
    }

    /// <summary>The default output path for an input: same name, new extension, in the same folder.</summary>
    public static string? DefaultOutput(string input, string extension) =>
        input == "-" ? null : Path.ChangeExtension(input, extension);
}
