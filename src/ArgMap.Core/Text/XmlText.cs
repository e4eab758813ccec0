using System.Text;

namespace ArgMap.Core.Text;

/// <summary>What XML 1.0 can hold: tab, newline, carriage return, and the rest of Unicode bar controls, lone
/// surrogates and U+FFFE/U+FFFF.</summary>
public static class XmlText
{
    /// <summary>The index of the first character XML cannot hold, or -1.</summary>
    public static int FirstIllegalIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsLegal(c))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The text with every character XML cannot hold removed.</summary>
    public static string RemoveIllegal(string text)
    {
        if (FirstIllegalIndex(text) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsLegal(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsLegal(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
