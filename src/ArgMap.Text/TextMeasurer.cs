using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArgMap.Text;

/// <summary>
/// Measures the advance width of a single line of text set in Liberation Sans (≈ Arial/Helvetica).
/// </summary>
/// <remarks>
/// Walks the text by code point with one table load per BMP character and no allocation; emoji
/// sequences are counted once per grapheme, see <see cref="FontMetrics"/> for every fallback rule.
/// Line breaks in <c>text</c> are not interpreted (they measure 0): use <see cref="TextWrapper"/> or
/// <see cref="TextLayout"/> for multi-line text. Kerning and ligatures are ignored.
/// </remarks>
public static class TextMeasurer
{
    /// <summary>Width of <paramref name="text"/> as one line, in the units of <paramref name="fontSize"/>.</summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size), e.g. in px; finite and not negative.</param>
    public static double Width(string text, FontStyle style, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Width(text.AsSpan(), style, fontSize);
    }

    /// <summary>Width of <paramref name="text"/> as one line, in the units of <paramref name="fontSize"/>.</summary>
    public static double Width(ReadOnlySpan<char> text, FontStyle style, double fontSize)
    {
        FontMetrics.CheckFontSize(fontSize);
        return MeasureEm(text, FontMetrics.Face(style)) * fontSize;
    }

    /// <summary>Width of <paramref name="text"/> in ems of <paramref name="face"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double MeasureEm(ReadOnlySpan<char> text, FontFace face)
    {
        float[] table = face.Bmp;
        double sum = 0;
        double prev = 0;        // contribution of the last base character
        bool emoji = false;     // inside an emoji grapheme
        bool joined = false;    // last was a ZWJ inside an emoji: the next code point joins that emoji
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            float w = table[c];
            if (w >= 0 && !joined)
            {
                sum += w;
                prev = w;
                emoji = false;
                continue;
            }

            if (joined)
            {
                // ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈): the joined code point is drawn as part of the first emoji.
                joined = false;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                prev = 0;
                continue;
            }

            switch (w)
            {
                case FontFace.ZwjMark:
                    joined = emoji;
                    break;
                case FontFace.Vs16Mark:
                    // Emoji presentation of the character before (☺️, 1️⃣): it becomes one emoji.
                    if (!emoji && prev > 0)
                    {
                        sum += FontMetrics.EmojiAdvanceEm - prev;
                        prev = FontMetrics.EmojiAdvanceEm;
                        emoji = true;
                    }

                    break;
                case FontFace.EmojiMark:
                    sum += FontMetrics.EmojiAdvanceEm;
                    prev = FontMetrics.EmojiAdvanceEm;
                    emoji = true;
                    break;
                default: // surrogate
                    if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed) != OperationStatus.Done)
                    {
                        sum += face.AverageLatinEm;
                        prev = face.AverageLatinEm;
                        emoji = false;
                        break;
                    }

                    i += consumed - 1;
                    float s = face.Supplementary(rune.Value);
                    if (s > 0)
                    {
                        sum += s;
                        prev = s;
                        emoji = false;
                    }
                    else if (s == FontFace.EmojiMark)
                    {
                        sum += FontMetrics.EmojiAdvanceEm;
                        prev = FontMetrics.EmojiAdvanceEm;
                        emoji = true;
                    }
                    else if (s == FontFace.RegionalIndicatorMark)
                    {
                        // Two regional indicators make one flag emoji.
                        sum += FontMetrics.EmojiAdvanceEm / 2;
                        prev = FontMetrics.EmojiAdvanceEm / 2;
                        emoji = true;
                    }

                    // s == 0: skin-tone modifier, tag, variation selector: nothing, emoji state kept.
                    break;
            }
        }

        return sum;
    }
}
