using System.Globalization;
using System.Text.RegularExpressions;
using ArgMap.Formats.Json;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Raster.Tests;

/// <summary>Renders the repository's examples to SVG, the input of the raster exporter.</summary>
internal static partial class Examples
{
    public const string Stalin = "did-stalin-want-mass-terror.json";

    private static readonly Lazy<string> Root = new(FindRepoRoot);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SvgCache = new();

    public static string RepoRoot => Root.Value;

    public static IEnumerable<string> AllNames() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Svg(string name) => Svg(name, "default", status: false);

    /// <summary>The example drawn in a theme (default, print, dark), with --status labels if asked.</summary>
    public static string Svg(string name, string theme, bool status) => SvgCache.GetOrAdd($"{name}|{theme}|{status}", _ =>
    {
        var result = ArgumentFileLoader.Load(Path.Combine(RepoRoot, "examples", name));
        var graph = result.Graph ?? throw new InvalidOperationException($"{name} did not load: {string.Join("; ", result.Diagnostics)}");
        var view = ViewOptions.Default with
        {
            Theme = ArgMap.Rendering.Themes.Theme.Find(theme) ?? throw new ArgumentException("no theme " + theme),
            Status = status ? ArgMap.Analysis.Evaluation.MapEvaluator.Assess(graph) : null,
        };
        return SvgExporter.Export(DiagramBuilder.Build(graph, view));
    });

    /// <summary>The example drawn with <paramref name="view"/> (not cached).</summary>
    public static string Svg(string name, ViewOptions view)
    {
        var result = ArgumentFileLoader.Load(Path.Combine(RepoRoot, "examples", name));
        var graph = result.Graph ?? throw new InvalidOperationException($"{name} did not load: {string.Join("; ", result.Diagnostics)}");
        return SvgExporter.Export(DiagramBuilder.Build(graph, view));
    }

    public static (double Width, double Height) SvgSize(string svg)
    {
        var m = RootSize().Match(svg);
        Assert.True(m.Success, "root <svg> has width/height");
        return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The box of the node whose data-id is <paramref name="id"/>, from its data-x/y/w/h.</summary>
    public static (double X, double Y, double W, double H) NodeBox(string svg, string id)
    {
        var tag = Regex.Match(svg, "<g [^>]*data-id=\"" + Regex.Escape(id) + "\"[^>]*>");
        Assert.True(tag.Success, $"node {id} is in the SVG");
        double Attr(string name)
        {
            var a = Regex.Match(tag.Value, " data-" + name + "=\"([-0-9.]+)\"");
            Assert.True(a.Success, $"node {id} has data-{name}");
            return double.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return (Attr("x"), Attr("y"), Attr("w"), Attr("h"));
    }

    /// <summary>All node ids with their boxes, in document order.</summary>
    public static IEnumerable<string> NodeIds(string svg) =>
        Regex.Matches(svg, "<g [^>]*data-id=\"([^\"]+)\"[^>]*data-x=").Select(m => m.Groups[1].Value);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ArgMap.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<svg [^>]*?width=\"([0-9.]+)\" height=\"([0-9.]+)\"")]
    private static partial Regex RootSize();
}
