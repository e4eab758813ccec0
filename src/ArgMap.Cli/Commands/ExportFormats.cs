using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Formats;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary>What an exporter gets: the loaded map and the view the user asked for.</summary>
internal sealed record ExportRequest(LoadResult Loaded, ArgumentGraph Graph, ViewOptions View)
{
    public Diagram Diagram() => DiagramBuilder.Build(Graph, View);

    public string Svg() => SvgExporter.Export(Diagram());
}

/// <summary>One output format: its name for --format, its file extension, and how to produce its bytes.</summary>
internal sealed record ExportFormat(string Name, string Extension, string Description, Func<ExportRequest, byte[]> Produce);

/// <summary>The formats <c>argmap export</c> writes. A closed list: adding one is adding a line here.</summary>
internal static class ExportFormats
{
    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("svg", ".svg", "the diagram as SVG", r => Utf8(r.Svg())),
        new("html", ".html", "an interactive, self-contained page", r => Utf8(Rendering.Html.HtmlMapExporter.Export(r.Diagram(), r.Graph, r.View.Citations, r.View.Status))),
    ];

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The format an output path's extension names (".svg" -> svg), if any.</summary>
    public static ExportFormat? ForPath(string? path) =>
        path is null or "-" ? null : All.FirstOrDefault(f => string.Equals(Path.GetExtension(path), f.Extension, StringComparison.OrdinalIgnoreCase));
}
