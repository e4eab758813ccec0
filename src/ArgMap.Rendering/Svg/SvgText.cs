using System.Text;
using ArgMap.Core.Text;

namespace ArgMap.Rendering.Svg;

/// <summary>Escaping for SVG text and attribute values; characters XML cannot hold are dropped, never written.</summary>
public static class SvgText
{
    public static string Escape(string text)
    {
        var clean = XmlText.RemoveIllegal(text);
        if (clean.AsSpan().IndexOfAny("&<>\"'\r") < 0)
        {
            return clean;
        }
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
