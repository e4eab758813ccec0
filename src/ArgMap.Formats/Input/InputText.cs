using System.Text;
using ArgMap.Core.Diagnostics;

namespace ArgMap.Formats.Input;

/// <summary>
/// The bytes of one input file (UTF-8, byte-order mark removed) and its display name, with the conversion from
/// byte offsets to the 1-based line and column (in UTF-16 characters, as editors count) that diagnostics show.
/// </summary>
public sealed class InputText
{
    private int[]? _lineStarts;

    public InputText(string displayName, ReadOnlyMemory<byte> utf8)
    {
        DisplayName = displayName;
        Utf8 = utf8;
    }

    /// <summary>The name used in diagnostics: the path as the user gave it, or "&lt;stdin&gt;".</summary>
    public string DisplayName { get; }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public string GetString() => Encoding.UTF8.GetString(Utf8.Span);

    public SourceLocation LocationOf(long byteOffset)
    {
        var starts = _lineStarts ??= FindLineStarts(Utf8.Span);
        var offset = (int)Math.Clamp(byteOffset, 0, Utf8.Length);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        var column = Encoding.UTF8.GetCharCount(Utf8.Span[starts[line]..offset]) + 1;
        return new SourceLocation(DisplayName, line + 1, column);
    }

    /// <summary>A location from a 0-based line and a 0-based byte position in that line (System.Text.Json's form).</summary>
    public SourceLocation LocationOf(long line, long bytePositionInLine)
    {
        var starts = _lineStarts ??= FindLineStarts(Utf8.Span);
        var l = (int)Math.Clamp(line, 0, starts.Length - 1);
        return LocationOf(starts[l] + bytePositionInLine);
    }

    public SourceLocation Start => new(DisplayName, 1, 1);

    private static int[] FindLineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
