using System.Globalization;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Subset;

/// <summary>Parsing of the attribute values the subset accepts; anything else is <see cref="NotInSubsetException"/>.</summary>
internal static class SvgValues
{
    /// <summary>A number, optionally in px (user units are CSS px here).</summary>
    public static float Length(string value, string attribute)
    {
        var text = value.Trim();
        if (text.EndsWith("px", StringComparison.Ordinal))
            text = text[..^2];
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && float.IsFinite(number)
            ? number
            : throw new NotInSubsetException($"{attribute}=\"{value}\"");
    }

    /// <summary>Numbers separated by commas and/or spaces (viewBox, stroke-dasharray).</summary>
    public static float[] Lengths(string value, string attribute) =>
        value.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(v => Length(v, attribute)).ToArray();

    /// <summary>A paint: none (null) or a #rgb / #rrggbb colour.</summary>
    public static SKColor? Paint(string value, string attribute)
    {
        var text = value.Trim();
        if (text == "none")
            return null;
        // Only CSS's #rgb and #rrggbb: SKColor.TryParse would also read 4 and 8 digits, as #argb, not CSS's #rgba.
        return text.Length is 4 or 7 && text[0] == '#' && !text.AsSpan(1).ContainsAnyExcept(HexDigits) &&
               SKColor.TryParse(text, out var colour)
            ? colour
            : throw new NotInSubsetException($"{attribute}=\"{value}\"");
    }

    /// <summary>The id in a local reference <c>url(#id)</c>.</summary>
    public static string LocalUrl(string value, string attribute)
    {
        var text = value.Trim();
        return text.StartsWith("url(#", StringComparison.Ordinal) && text.EndsWith(')')
            ? text[5..^1]
            : throw new NotInSubsetException($"{attribute}=\"{value}\"");
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
