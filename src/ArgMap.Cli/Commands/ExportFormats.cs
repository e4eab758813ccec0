using System.Text;
using ArgMap.Core.Graph;
using ArgMap.Formats;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary>What an exporter gets: the loaded map and the view the user asked for.</summary>
internal sealed record ExportRequest(LoadResult Loaded, ArgumentGraph Graph, ViewOptions View, double Scale = 1)
{
    public Diagram Diagram() => DiagramBuilder.Build(Graph, View);

    public string Svg() => SvgExporter.Export(Diagram());
}

/// <summary>One output format: its name for --format, its file extension, and how to write it to a stream.</summary>
internal sealed record ExportFormat(string Name, string Extension, string Description, Action<ExportRequest, Stream> Write)
{
    public ExportFormat(string name, string extension, string description, Func<ExportRequest, byte[]> produce)
        : this(name, extension, description, (request, stream) => stream.Write(produce(request)))
    {
    }
}

/// <summary>The formats <c>argmap export</c> writes. A closed list: adding one is adding a line here.</summary>
internal static class ExportFormats
{
    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("svg", ".svg", "the diagram as SVG", (r, stream) =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            SvgExporter.Export(r.Diagram(), writer);
        }),
        new("png", ".png", "a picture (--scale or --dpi)", r => Raster(() => Rendering.Raster.RasterExporter.Png(r.Svg(), r.Scale))),
        new("pdf", ".pdf", "a vector PDF with selectable text", r => Raster(() => Rendering.Raster.RasterExporter.Pdf(r.Svg()))),
        new("html", ".html", "an interactive, self-contained page", r => Utf8(Rendering.Html.HtmlMapExporter.Export(r.Graph, r.View))),
        new("dot", ".dot", "Graphviz, styled like the diagram", r => Utf8(Rendering.Dot.DotExporter.Export(r.Diagram()))),
        new("graphml", ".graphml", "GraphML with yEd geometry (yEd, draw.io)", r => Utf8(Rendering.GraphMl.GraphMlExporter.Export(r.Diagram()))),
        new("md", ".md", "a Markdown outline with footnotes", r => Utf8(Rendering.Markdown.MarkdownExporter.Export(r.Graph, r.View.Citations))),
        new("argdown", ".argdown", "an Argdown document", r => Utf8(Formats.Argdown.ArgdownWriter.Write(r.Graph.Map))),
        new("aif", ".aif.json", "AIF JSON (AIFdb, OVA)", r => Utf8(Formats.Aif.AifWriter.Write(r.Graph.Map))),
        new("json", ".json", "ArgMap's own format, canonical", r => Utf8(Formats.Json.ArgumentMapJsonWriter.Write(r.Graph.Map))),
    ];

    /// <summary>Raster output depends on fonts and image-size limits outside the input: their failures are messages.</summary>
    private static byte[] Raster(Func<byte[]> render)
    {
        try
        {
            return render();
        }
        catch (Rendering.Raster.MissingFontException e)
        {
            throw new ExportException(e.Message);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ExportException(e.Message.Split(" (Parameter")[0]);
        }
    }

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The format an output path's extension names (".svg" -> svg), if any.</summary>
    public static ExportFormat? ForPath(string? path) =>
        path is null or "-" ? null : All.OrderByDescending(f => f.Extension.Length)
            .FirstOrDefault(f => path.EndsWith(f.Extension, StringComparison.OrdinalIgnoreCase));
}
