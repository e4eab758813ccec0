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
        new("dot", ".dot", "Graphviz, styled like the diagram", r => Utf8(Rendering.Dot.DotExporter.Export(r.Diagram()))),
        new("graphml", ".graphml", "GraphML with yEd geometry (yEd, draw.io)", r => Utf8(Rendering.GraphMl.GraphMlExporter.Export(r.Diagram()))),
        new("md", ".md", "a Markdown outline with footnotes", r => Utf8(Rendering.Markdown.MarkdownExporter.Export(r.Graph, r.View.Citations))),
        new("argdown", ".argdown", "an Argdown document", r => Utf8(Formats.Argdown.ArgdownWriter.Write(r.Graph.Map))),
        new("aif", ".aif.json", "AIF JSON (AIFdb, OVA)", r => Utf8(Formats.Aif.AifWriter.Write(r.Graph.Map))),
        new("json", ".json", "ArgMap's own format, canonical", r => Utf8(Formats.Json.ArgumentMapJsonWriter.Write(r.Graph.Map))),
    ];

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The format an output path's extension names (".svg" -> svg), if any.</summary>
    public static ExportFormat? ForPath(string? path) =>
        path is null or "-" ? null : All.OrderByDescending(f => f.Extension.Length)
            .FirstOrDefault(f => path.EndsWith(f.Extension, StringComparison.OrdinalIgnoreCase));
}
