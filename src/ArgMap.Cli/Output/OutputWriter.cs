using System.Text;

namespace ArgMap.Cli;

/// <summary>
/// Writes command output: to standard output for "-" or no path, else atomically (a temporary file beside the
/// target, then a rename) so an interrupted run never leaves a half-written file. Refuses to overwrite an input.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text; problems are printed to standard error. Returns the exit code.</summary>
    public static int WriteText(string? path, string text, IEnumerable<string>? inputs = null)
    {
        var (code, message) = TryWrite(path, Utf8NoBom.GetBytes(text), inputs);
        if (message is not null)
        {
            Console.Error.WriteLine(message);
        }
        return code;
    }

    /// <summary>Writes bytes; returns the exit code and, on failure, the message to show.</summary>
    public static (int ExitCode, string? Message) TryWrite(string? path, byte[] bytes, IEnumerable<string>? inputs = null) =>
        TryWrite(path, stream => stream.Write(bytes), inputs);

    /// <summary>Streams output into place: large outputs (the SVG of a huge map) never sit in memory whole.</summary>
    public static (int ExitCode, string? Message) TryWrite(string? path, Action<Stream> write, IEnumerable<string>? inputs = null)
    {
        if (path is null or "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return (ExitCodes.Ok, null);
        }
        var full = Path.GetFullPath(path);
        if (inputs is not null && inputs.Any(i => i != "-" && Path.GetFullPath(i) == full))
        {
            return (ExitCodes.Usage, $"argmap: {path}: refusing to overwrite an input file; choose another output");
        }
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        var moved = false;
        try
        {
            Directory.CreateDirectory(directory);
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
            }
            File.Move(temp, full, overwrite: true);
            moved = true;
            return (ExitCodes.Ok, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (ExitCodes.IoError, $"argmap: {path}: cannot write: {e.Message}");
        }
        finally
        {
            // Whatever stopped the write (an I/O error, an exporter failing half-way), no temporary file stays behind.
            if (!moved)
            {
                TryDelete(temp);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
