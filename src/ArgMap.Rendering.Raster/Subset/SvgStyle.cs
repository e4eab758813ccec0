using SkiaSharp;

namespace ArgMap.Rendering.Raster.Subset;

/// <summary>Where a text chunk is anchored: its start, middle or end at the x it is positioned at.</summary>
internal enum TextAnchor { Start, Middle, End }

/// <summary>The lines text-decoration draws.</summary>
[Flags]
internal enum TextDecoration { None = 0, Underline = 1, Overline = 2, LineThrough = 4 }

/// <summary>
/// The presentation attributes of the subset as they stand on one element: its own, else its parent's. (Opacity
/// is not here: it is not inherited but applies to the element and its content as a whole; text-decoration is
/// not inherited in CSS but is drawn under the element's descendants' text, which inheriting it amounts to.)
/// </summary>
internal sealed record SvgStyle
{
    /// <summary>The initial values: black fill, no stroke, 1 px strokes, CSS "medium" (16 px) text.</summary>
    public static readonly SvgStyle Initial = new();

    public SKColor? Fill { get; init; } = SKColors.Black;
    public SKColor? Stroke { get; init; }
    public float StrokeWidth { get; init; } = 1;
    public float[]? StrokeDashArray { get; init; }
    public float FontSize { get; init; } = 16;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public TextAnchor TextAnchor { get; init; }
    public TextDecoration TextDecoration { get; init; }
    public bool PreserveSpace { get; init; }

    /// <summary>
    /// This style with one presentation attribute of an element applied, or null when <paramref name="name"/> is
    /// not a presentation attribute. font-family is accepted and ignored: all text is Liberation Sans, the face
    /// ArgMap's layout measured, as the family ArgMap writes asks for (Arial first).
    /// </summary>
    public SvgStyle? With(string name, string value)
    {
        if (!IsPresentationAttribute(name))
            return null;
        if (value.Trim() == "inherit")
            return this;
        return name switch
        {
            "fill" => this with { Fill = SvgValues.Paint(value, name) },
            "stroke" => this with { Stroke = SvgValues.Paint(value, name) },
            "stroke-width" => this with { StrokeWidth = NotNegative(SvgValues.Length(value, name), name) },
            "stroke-dasharray" => this with { StrokeDashArray = DashArray(value) },
            "font-size" => this with { FontSize = NotNegative(SvgValues.Length(value, name), name) },
            "font-weight" => this with { Bold = IsBold(value) },
            "font-style" => this with { Italic = value.Trim() switch
            {
                "normal" => false,
                "italic" or "oblique" => true,
                _ => throw new NotInSubsetException($"font-style=\"{value}\""),
            } },
            "text-anchor" => this with { TextAnchor = value.Trim() switch
            {
                "start" => TextAnchor.Start,
                "middle" => TextAnchor.Middle,
                "end" => TextAnchor.End,
                _ => throw new NotInSubsetException($"text-anchor=\"{value}\""),
            } },
            "text-decoration" => this with { TextDecoration = Decoration(value) },
            "xml:space" => this with { PreserveSpace = value.Trim() == "preserve" },
            _ => this, // font-family
        };
    }

    private static bool IsPresentationAttribute(string name) => name is "fill" or "stroke" or "stroke-width" or
        "stroke-dasharray" or "font-size" or "font-weight" or "font-style" or "text-anchor" or "text-decoration" or
        "xml:space" or "font-family";

    private static float NotNegative(float value, string name) =>
        value >= 0 ? value : throw new NotInSubsetException($"{name}=\"{value}\"");

    private static bool IsBold(string value) => value.Trim() switch
    {
        "normal" or "lighter" => false,
        "bold" or "bolder" => true,
        var number => SvgValues.Length(number, "font-weight") >= 600,
    };

    private static TextDecoration Decoration(string value)
    {
        var decoration = TextDecoration.None;
        foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            decoration |= word switch
            {
                "none" or "blink" => TextDecoration.None,
                "underline" => TextDecoration.Underline,
                "overline" => TextDecoration.Overline,
                "line-through" => TextDecoration.LineThrough,
                _ => throw new NotInSubsetException($"text-decoration=\"{value}\""),
            };
        }
        return decoration;
    }

    /// <summary>null for none (or an all-zero pattern, which SVG draws solid); an odd list is repeated, as SVG says.</summary>
    private static float[]? DashArray(string value)
    {
        if (value.Trim() == "none")
            return null;
        var dashes = SvgValues.Lengths(value, "stroke-dasharray");
        if (dashes.Any(d => d < 0))
            throw new NotInSubsetException($"stroke-dasharray=\"{value}\"");
        if (dashes.Sum() == 0)
            return null;
        return dashes.Length % 2 == 0 ? dashes : [.. dashes, .. dashes];
    }
}
