using System.Text;
using ArgMap.Core.Diagnostics;

namespace ArgMap.Formats.Input;

/// <summary>
/// Reads an input file or standard input into memory, checking what must hold before any parser sees it: the file
/// exists and is not over the size limit (checked before reading, so a huge file is a message, never an
/// out-of-memory), it is not empty, and it is valid UTF-8. A UTF-8 byte-order mark is accepted and removed.
/// </summary>
public static class InputReader
{
    /// <summary>The largest input accepted: 64 MiB, about 150,000 nodes with long quotes.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static InputText? Read(string path, ICollection<Diagnostic> diagnostics, long maxBytes = DefaultMaxBytes)
    {
        if (path == "-")
        {
            return ReadStream(Console.OpenStandardInput(), "<stdin>", diagnostics, maxBytes);
        }
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotRead, Severity.Error,
                    Directory.Exists(path) ? "this is a folder, not a file" : "file not found", new SourceLocation(path, 1, 1)));
                return null;
            }
            if (info.Length > maxBytes)
            {
                diagnostics.Add(TooLarge(path, info.Length, maxBytes));
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return ReadStream(stream, path, diagnostics, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CannotRead, Severity.Error, $"cannot read the file: {e.Message}", new SourceLocation(path, 1, 1)));
            return null;
        }
    }

    public static InputText? ReadStream(Stream stream, string displayName, ICollection<Diagnostic> diagnostics, long maxBytes = DefaultMaxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                diagnostics.Add(TooLarge(displayName, buffer.Length, maxBytes));
                return null;
            }
        }
        return FromBytes(displayName, buffer.ToArray(), diagnostics);
    }

    /// <summary>Checks and wraps bytes already in memory.</summary>
    public static InputText? FromBytes(string displayName, byte[] bytes, ICollection<Diagnostic> diagnostics)
    {
        ReadOnlyMemory<byte> content = bytes;
        if (content.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[3..];
        }
        var text = new InputText(displayName, content);
        if (IsBlank(content.Span))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.EmptyFile, Severity.Error,
                "the file is empty: an argument file is a JSON object such as {\"argmap\": 1, \"nodes\": [...]}", text.Start));
            return null;
        }
        var invalid = FirstInvalidUtf8(content.Span);
        if (invalid >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidUtf8, Severity.Error,
                $"the file is not valid UTF-8 (byte 0x{content.Span[invalid]:X2} at offset {invalid}); save it as UTF-8", text.LocationOf(invalid)));
            return null;
        }
        return text;
    }

    private static Diagnostic TooLarge(string name, long length, long max) =>
        new(DiagnosticCodes.FileTooLarge, Severity.Error,
            $"the file is {length / (1024.0 * 1024):0.#} MiB or more, over the {max / (1024 * 1024)} MiB limit; split the map into smaller files",
            new SourceLocation(name, 1, 1));

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }
}
