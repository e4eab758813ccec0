using System.Text.RegularExpressions;
using SkiaSharp;

namespace ArgMap.Rendering.Raster.Tests;

public class PngExportTests
{
    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Examples.AllNames())
            data.Add(name);
        return data;
    }

    [RasterTheory]
    [MemberData(nameof(ExampleNames))]
    public void Png_decodes_and_is_the_svg_size_times_the_scale(string example)
    {
        var svg = Examples.Svg(example);
        var (w, h) = Examples.SvgSize(svg);
        foreach (var scale in new[] { 1.0, 2.0 })
        {
            var png = RasterExporter.Png(svg, scale);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            using var bitmap = SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            Assert.InRange(bitmap.Width, w * scale - 1, w * scale + 1);
            Assert.InRange(bitmap.Height, h * scale - 1, h * scale + 1);
        }
    }

    [RasterFact]
    public void Dpi_overload_means_96_dpi_is_scale_1()
    {
        var svg = Examples.Svg(Examples.Stalin);
        Assert.Equal(RasterExporter.Png(svg, 1), RasterExporter.Png(svg, new Dpi(96)));
        using var at192 = SKBitmap.Decode(RasterExporter.Png(svg, new Dpi(192)));
        using var at2x = SKBitmap.Decode(RasterExporter.Png(svg, 2));
        Assert.Equal((at2x.Width, at2x.Height), (at192.Width, at192.Height));
    }

    [RasterTheory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Question_label_is_drawn_white_on_its_dark_box(double scale)
    {
        var svg = Examples.Svg(Examples.Stalin);
        var (x, y, w, h) = Examples.NodeBox(svg, "q");
        using var pixels = new Pixels(RasterExporter.Png(svg, scale), scale);

        // Inside the box, clear of the rounded corners and border.
        var dark = pixels.Count(x + 4, y + 4, w - 8, h - 8, Pixels.Dark);
        var light = pixels.Count(x + 4, y + 4, w - 8, h - 8, Pixels.Light);
        var area = (w - 8) * (h - 8) * scale * scale;
        Assert.True(dark > area * 0.5, $"the question box is mostly dark ({dark} of {area:0} px)");
        Assert.True(light > area * 0.02, $"white label text is drawn in the question box ({light} light px of {area:0})");
    }

    [RasterTheory]
    [MemberData(nameof(ExampleNames))]
    public void Text_is_drawn_on_every_white_card(string example)
    {
        var svg = Examples.Svg(example);
        using var pixels = new Pixels(RasterExporter.Png(svg, 1), 1);
        var cards = WhiteCards(svg).ToList();
        Assert.NotEmpty(cards);
        foreach (var id in cards)
        {
            var (x, y, w, h) = Examples.NodeBox(svg, id);
            // Clear of the side band (left) and the border; the text is #1a1a1a.
            var dark = pixels.Count(x + 12, y + 4, w - 16, h - 8, Pixels.Dark);
            Assert.True(dark > 50, $"{example}: card {id} has text pixels ({dark} dark px)");
        }
    }

    [RasterFact]
    public void The_text_check_fails_when_text_is_missing()
    {
        // Control for the test above: the same SVG with every <text> removed has no dark pixels on the card,
        // so a renderer that silently dropped text would be caught.
        var svg = Examples.Svg(Examples.Stalin);
        var id = WhiteCards(svg).First();
        var (x, y, w, h) = Examples.NodeBox(svg, id);
        var withoutText = Regex.Replace(svg, "<text[^>]*>.*?</text>", "", RegexOptions.Singleline);
        using var pixels = new Pixels(RasterExporter.Png(withoutText, 1), 1);
        Assert.Equal(0, pixels.Count(x + 12, y + 4, w - 16, h - 8, Pixels.Dark));
    }

    [RasterFact]
    public void Same_svg_gives_the_same_png_bytes()
    {
        var svg = Examples.Svg(Examples.Stalin);
        Assert.Equal(RasterExporter.Png(svg, 2), RasterExporter.Png(svg, 2));
    }

    [RasterFact]
    public void Too_large_a_png_is_refused_with_the_largest_scale_that_fits()
    {
        var svg = Examples.Svg(Examples.Stalin);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RasterExporter.Png(svg, 100));
        Assert.Contains("use a scale of at most", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => RasterExporter.Png(svg, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RasterExporter.Png(svg, double.NaN));
    }

    [RasterFact]
    public void Unparseable_svg_is_an_argument_error()
    {
        Assert.ThrowsAny<ArgumentException>(() => RasterExporter.Png("<svg", 1));
    }

    /// <summary>Ids of nodes whose card (the first path in the node group) is filled white.</summary>
    private static IEnumerable<string> WhiteCards(string svg) =>
        Regex.Matches(svg, "<g class=\"node [^\"]*\" data-id=\"([^\"]+)\"[^>]*>\\s*(?:<title>[^<]*</title>\\s*)?<path [^>]*fill=\"#ffffff\"")
            .Select(m => m.Groups[1].Value);
}
