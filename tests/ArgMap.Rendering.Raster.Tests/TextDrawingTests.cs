using System.Globalization;
using System.Text.RegularExpressions;

namespace ArgMap.Rendering.Raster.Tests;

/// <summary>Text in PNGs: the right face per character, weight and slant, and the right place for each anchor.</summary>
public class TextDrawingTests
{
    private const double Scale = 2;

    [RasterFact]
    public void A_character_Liberation_Sans_lacks_is_drawn_from_DejaVu_Sans()
    {
        // ⊒ (U+2292) is not in Liberation Sans; before the fallback it came out as the .notdef box.
        var fonts = FontSet.Current();
        var png = RasterExporter.Png(Reference.Svg(200, 40, "<text x=\"10\" y=\"28\" font-size=\"24\" fill=\"#000000\">A \u2292 B</text>"), Scale);
        using var pixels = new Pixels(png, Scale);

        using var liberation = Reference.Font(fonts.Regular, 24);
        using var dejaVu = Reference.Font(fonts.Fallback, 24);
        var x = 10 + liberation.MeasureText("A ");
        var width = dejaVu.MeasureText("\u2292");
        using var fallbackGlyph = Reference.Text("\u2292", dejaVu, x, 28, 200, 40, Scale);
        using var missingBox = Reference.Text("\u2292", liberation, x, 28, 200, 40, Scale);
        (double X, double Y, double W, double H) glyph = (x, 4, width, 30);

        Assert.True(pixels.Count(glyph.X, glyph.Y, glyph.W, glyph.H, Pixels.Dark) > 40, "the fallback glyph has ink");
        var fromDejaVu = pixels.MeanDifference(fallbackGlyph, glyph.X, glyph.Y, glyph.W, glyph.H);
        var fromBox = pixels.MeanDifference(missingBox, glyph.X, glyph.Y, glyph.W, glyph.H);
        Assert.True(fromDejaVu < 2, $"the glyph is DejaVu Sans's ⊒ (mean difference {fromDejaVu:0.00})");
        Assert.True(fromBox > 10, $"and not Liberation Sans's .notdef box (mean difference {fromBox:0.00})");

        // The text after it continues where the fallback glyph's own advance ends.
        using var after = Reference.Text("B", liberation, x + width + liberation.MeasureText(" "), 28, 200, 40, Scale);
        var b = x + width + liberation.MeasureText(" ");
        Assert.True(pixels.MeanDifference(after, b, 4, liberation.MeasureText("B"), 30) < 2, "B follows at the fallback glyph's advance");
    }

    [RasterTheory]
    [InlineData("font-weight=\"bold\"", true, false)]
    [InlineData("font-weight=\"700\"", true, false)]
    [InlineData("font-style=\"italic\"", false, true)]
    [InlineData("font-weight=\"bold\" font-style=\"italic\"", true, true)]
    [InlineData("", false, false)]
    public void Weight_and_slant_pick_the_matching_Liberation_Sans_face(string attributes, bool bold, bool italic)
    {
        var fonts = FontSet.Current();
        const string text = "Bold claims";
        var png = RasterExporter.Png(Reference.Svg(200, 40, $"<text x=\"10\" y=\"28\" font-size=\"20\" {attributes}>{text}</text>"), Scale);
        using var pixels = new Pixels(png, Scale);

        double DifferenceFrom(SkiaSharp.SKTypeface face)
        {
            using var font = Reference.Font(face, 20);
            using var reference = Reference.Text(text, font, 10, 28, 200, 40, Scale);
            return pixels.MeanDifference(reference, 0, 0, 200, 40);
        }
        var expected = fonts.Primary(bold, italic);
        Assert.True(DifferenceFrom(expected) < 1, $"drawn in {expected.FamilyName} {expected.FontStyle.Weight} {expected.FontStyle.Slant}");
        foreach (var other in new[] { fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic }.Where(f => f != expected))
            Assert.True(DifferenceFrom(other) > 3, $"not in {other.FontStyle.Weight} {other.FontStyle.Slant}");
    }

    [RasterFact]
    public void Text_anchor_start_middle_and_end_put_the_start_centre_and_end_at_x()
    {
        var svg = Reference.Svg(300, 100,
            "<text x=\"150\" y=\"25\" font-size=\"20\">Anchored</text>" +
            "<text x=\"150\" y=\"55\" font-size=\"20\" text-anchor=\"middle\">Anchored</text>" +
            "<text x=\"150\" y=\"85\" font-size=\"20\" text-anchor=\"end\">Anchored</text>");
        using var pixels = new Pixels(RasterExporter.Png(svg, Scale), Scale);
        using var font = Reference.Font(FontSet.Current().Regular, 20);
        var width = font.MeasureText("Anchored");

        var start = pixels.InkBounds(0, 5, 300, 25, Pixels.Dark)!.Value;
        var middle = pixels.InkBounds(0, 35, 300, 25, Pixels.Dark)!.Value;
        var end = pixels.InkBounds(0, 65, 300, 25, Pixels.Dark)!.Value;
        // Ink starts a side bearing after the pen position and ends a side bearing before the advance.
        Assert.InRange(start.Left, 150, 152);
        Assert.InRange(middle.Left, 150 - width / 2, 150 - width / 2 + 2);
        Assert.InRange((middle.Left + middle.Right) / 2, 149, 151);
        Assert.InRange(end.Right, 148, 150.5);
        Assert.InRange(end.Left - start.Left, -width - 0.5, -width + 0.5);
    }

    [RasterFact]
    public void Status_badge_words_are_centred_in_their_badges()
    {
        // Badges are text-anchor="middle": IN is the background colour on a filled pill.
        var svg = Examples.Svg(Examples.Stalin, "default", status: true);
        using var pixels = new Pixels(RasterExporter.Png(svg, Scale), Scale);
        var badges = Regex.Matches(svg, "<g class=\"status-badge\"><rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"[^>]*/><text[^>]*>IN</text>");
        Assert.NotEmpty(badges);
        foreach (Match badge in badges)
        {
            double N(int i) => double.Parse(badge.Groups[i].Value, CultureInfo.InvariantCulture);
            var (x, y, w, h) = (N(1), N(2), N(3), N(4));
            // Inside the pill, clear of its rounded ends, only the word is light.
            var word = pixels.InkBounds(x + 4, y + 2, w - 8, h - 4, Pixels.Light);
            Assert.NotNull(word);
            Assert.InRange((word.Value.Left + word.Value.Right) / 2, x + w / 2 - 1, x + w / 2 + 1);
        }
    }

    [RasterFact]
    public void Edge_labels_are_centred_in_their_label_boxes()
    {
        var svg = Examples.Svg(Examples.Stalin);
        using var pixels = new Pixels(RasterExporter.Png(svg, Scale), Scale);
        var labels = Regex.Matches(svg, "<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([0-9.]+)\" height=\"16\" rx=\"3\"[^>]*/>\\s*<text [^>]*text-anchor=\"middle\"");
        Assert.NotEmpty(labels);
        foreach (Match label in labels)
        {
            double N(int i) => double.Parse(label.Groups[i].Value, CultureInfo.InvariantCulture);
            var (x, y, w) = (N(1), N(2), N(3));
            var text = pixels.InkBounds(x + 2, y + 2, w - 4, 12, Pixels.Dark);
            Assert.NotNull(text);
            Assert.InRange((text.Value.Left + text.Value.Right) / 2, x + w / 2 - 1, x + w / 2 + 1);
        }
    }
}
