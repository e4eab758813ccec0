using System.Text;

namespace ArgMap.Cli;

/// <summary>
/// Writes command output: to standard output for "-" or no path, else atomically (a temporary file beside the
/// target, then a rename) so an interrupted run never leaves a half-written file. Refuses to overwrite an input.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int WriteText(string? path, string text, IEnumerable<string>? inputs = null) =>
        WriteBytes(path, Utf8NoBom.GetBytes(text), inputs);

    public static int WriteBytes(string? path, byte[] bytes, IEnumerable<string>? inputs = null)
    {
        if (path is null or "-")
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            return ExitCodes.Ok;
        }
        var full = Path.GetFullPath(path);
        if (inputs is not null && inputs.Any(i => i != "-" && Path.GetFullPath(i) == full))
        {
            Console.Error.WriteLine($"argmap: {path}: refusing to overwrite an input file; choose another output");
            return ExitCodes.Usage;
        }
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            Console.Error.WriteLine($"argmap: {path}: cannot write: {e.Message}");
            return ExitCodes.IoError;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
