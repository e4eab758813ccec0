using System.Text;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Themes;

namespace ArgMap.Rendering.Svg;

/// <summary>
/// How each edge kind is drawn: colour, dash pattern and end marker all differ, so the kinds stay apart in
/// greyscale and for colour-blind readers: supports solid with a filled arrow, contests dashed with a bar,
/// undercuts dotted with a dot.
/// </summary>
internal static class SvgMarkers
{
    public static string Id(EdgeKind kind) => "argmap-end-" + kind.ToString().ToLowerInvariant();

    public static string Color(Theme theme, EdgeKind kind) => kind switch
    {
        EdgeKind.Supports => theme.SupportColor,
        EdgeKind.Contests => theme.ContestColor,
        _ => theme.UndercutColor,
    };

    public static string? Dash(EdgeKind kind) => kind switch
    {
        EdgeKind.Supports => null,
        EdgeKind.Contests => "7 4",
        _ => "2 3",
    };

    public static double Width(EdgeKind kind) => kind == EdgeKind.Supports ? 1.6 : 1.8;

    public static void WriteDefs(StringBuilder svg, Theme theme)
    {
        svg.Append("<defs>\n");
        svg.Append($"<marker id=\"{Id(EdgeKind.Supports)}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
           .Append($"<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{theme.SupportColor}\"/></marker>\n");
        svg.Append($"<marker id=\"{Id(EdgeKind.Contests)}\" viewBox=\"0 0 10 12\" refX=\"9\" refY=\"6\" markerWidth=\"10\" markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
           .Append($"<path d=\"M 0 1 L 7 6 L 0 11\" fill=\"none\" stroke=\"{theme.ContestColor}\" stroke-width=\"1.6\"/>")
           .Append($"<rect x=\"7.5\" y=\"0\" width=\"2.5\" height=\"12\" fill=\"{theme.ContestColor}\"/></marker>\n");
        svg.Append($"<marker id=\"{Id(EdgeKind.Undercuts)}\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
           .Append($"<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"{theme.UndercutColor}\" stroke=\"{theme.Background}\" stroke-width=\"1\"/></marker>\n");
        svg.Append("</defs>\n");
    }
}
