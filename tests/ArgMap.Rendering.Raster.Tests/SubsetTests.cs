using ArgMap.Core.Graph;
using ArgMap.Layout;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Raster.Subset;
using ArgMap.Rendering.Raster.Text;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Raster.Tests;

/// <summary>
/// ArgMap's own SVG is drawn directly (the fast path with per-character font fallback); other SVG still renders,
/// through Svg.Skia.
/// </summary>
public class SubsetTests
{
    public static TheoryData<string, string, bool> ExampleViews()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var name in Examples.AllNames())
        {
            foreach (var theme in new[] { "default", "print", "dark" })
            {
                data.Add(name, theme, false);
                data.Add(name, theme, true);
            }
        }
        return data;
    }

    [RasterTheory]
    [MemberData(nameof(ExampleViews))]
    public void Every_example_in_every_theme_is_in_the_directly_drawn_subset(string example, string theme, bool status)
    {
        // If SvgExporter starts writing something new, this fails rather than PNG export silently becoming
        // several times slower (and losing the font fallback) through Svg.Skia.
        var recorded = SvgSubsetRecorder.TryRecord(Examples.Svg(example, theme, status), FontSet.Current());
        Assert.NotNull(recorded);
        recorded.Value.Picture.Dispose();
    }

    public static TheoryData<string> ViewVariants() => new(ViewOptionVariants.Keys);

    private static readonly Dictionary<string, ViewOptions> ViewOptionVariants = new()
    {
        ["collapse-evidence"] = ViewOptions.Default with { CollapseEvidence = true },
        ["caption apa, no sources"] = ViewOptions.Default with { Caption = CitationStyle.Apa, NoSources = true },
        ["direction lr, no legend"] = ViewOptions.Default with { Direction = LayoutDirection.LeftRight, Legend = false },
        ["side no, font 16, max width 180"] = ViewOptions.Default with { OnlySide = Side.No, FontSize = 16, MaxBoxWidth = 180 },
    };

    [RasterTheory]
    [MemberData(nameof(ViewVariants))]
    public void The_view_options_stay_in_the_subset(string variant)
    {
        // four-day-week uses every field of the format.
        var recorded = SvgSubsetRecorder.TryRecord(Examples.Svg("four-day-week.json", ViewOptionVariants[variant]), FontSet.Current());
        Assert.NotNull(recorded);
        recorded.Value.Picture.Dispose();
    }

    [RasterFact]
    public void Svg_outside_the_subset_still_renders_through_Svg_Skia()
    {
        var svg = Reference.Svg(100, 20, "<g transform=\"translate(50,0)\"><rect x=\"0\" y=\"0\" width=\"20\" height=\"20\" fill=\"#000000\"/></g>");
        Assert.Null(SvgSubsetRecorder.TryRecord(svg, FontSet.Current()));
        using var pixels = new Pixels(RasterExporter.Png(svg), 1);
        Assert.Equal(400, pixels.Count(50, 0, 20, 20, Pixels.Dark));
        Assert.Equal(0, pixels.Count(0, 0, 50, 20, Pixels.Dark));
    }

    [RasterFact]
    public void Opacity_fades_a_group_as_a_whole()
    {
        // Two overlapping black squares in a group at opacity 0.5: the overlap is no darker than the rest,
        // because the group is drawn opaque and then faded (a faded node's card does not show through its text).
        var svg = Reference.Svg(60, 20,
            "<g opacity=\"0.5\"><rect x=\"0\" y=\"0\" width=\"40\" height=\"20\" fill=\"#000000\"/><rect x=\"20\" y=\"0\" width=\"40\" height=\"20\" fill=\"#000000\"/></g>");
        using var pixels = new Pixels(RasterExporter.Png(svg), 1);
        bool Half(double luminance) => luminance is > 120 and < 135;
        Assert.Equal(60 * 20, pixels.Count(0, 0, 60, 20, Half));
    }

    [RasterFact]
    public void End_markers_sit_on_the_path_end_turned_along_it()
    {
        // ArgMap's "supports" arrow: viewBox 0 0 10 10, tip at (10, 5), reference point (9, 5) on the path's end.
        var svg = Reference.Svg(120, 120,
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" " +
            "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#000000\"/></marker></defs>" +
            "<path d=\"M 10 20 H 100\" stroke=\"#000000\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>" +
            "<path d=\"M 60 40 V 100\" stroke=\"#000000\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>");
        using var pixels = new Pixels(RasterExporter.Png(svg, 4), 4);
        var right = pixels.InkBounds(80, 10, 40, 20, Pixels.Dark)!.Value;
        Assert.InRange(right.Right, 100.5, 101.5); // the tip, 1 px past the end
        Assert.InRange(right.Top, 14.5, 15.5);     // 10 px wide across the path
        Assert.InRange(right.Bottom, 24.5, 25.5);
        var down = pixels.InkBounds(50, 80, 20, 40, Pixels.Dark)!.Value;
        Assert.InRange(down.Bottom, 100.5, 101.5);
        Assert.InRange(down.Left, 54.5, 55.5);
        Assert.InRange(down.Right, 64.5, 65.5);
    }

    [Theory]
    [InlineData(false, new[] { "  Did  ", "Stalin\n want", " " }, new[] { "Did ", "Stalin want", "" })]
    [InlineData(false, new[] { "a\tb" }, new[] { "a b" })]
    [InlineData(true, new[] { "  a  b\n" }, new[] { "  a  b " })]
    public void Xml_space_collapses_or_keeps_spaces_as_SVG_1_1_says(bool preserve, string[] pieces, string[] expected)
    {
        var style = SvgStyle.Initial with { PreserveSpace = preserve };
        var text = pieces.Select(p => new TextPiece(p, style, null)).ToList();
        TextWhitespace.Apply(text);
        Assert.Equal(expected, text.Select(p => p.Text));
    }
}
