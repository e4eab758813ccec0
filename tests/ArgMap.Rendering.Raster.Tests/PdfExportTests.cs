using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArgMap.Rendering.Raster.Tests;

public class PdfExportTests
{
    [RasterFact]
    public void Pdf_is_one_page_the_svg_size_in_points()
    {
        var svg = Examples.Svg(Examples.Stalin);
        var (w, h) = Examples.SvgSize(svg);
        var pdf = RasterExporter.Pdf(svg);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text);

        var boxes = Regex.Matches(text, @"/MediaBox\s*\[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\]");
        var box = Assert.Single(boxes);
        double N(int i) => double.Parse(box.Groups[i].Value, CultureInfo.InvariantCulture);
        Assert.Equal(0, N(1));
        Assert.Equal(0, N(2));
        // Skia writes the page size rounded to whole points.
        Assert.InRange(N(3), w * 0.75 - 1, w * 0.75 + 1);
        Assert.InRange(N(4), h * 0.75 - 1, h * 0.75 + 1);
    }

    [RasterFact(NeedsTools.PdfToText)]
    public void Pdf_keeps_labels_as_searchable_text()
    {
        var pdf = RasterExporter.Pdf(Examples.Svg(Examples.Stalin));
        var text = PdfToText(pdf);
        Assert.Contains("Did Stalin want mass terror?", text);
        Assert.Contains("QUESTION", text);
        // Fonts are embedded, not drawn as outlines.
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf));
    }

    [RasterFact]
    public void Pdf_has_no_timestamps_and_the_same_bytes_every_time()
    {
        var svg = Examples.Svg(Examples.Stalin);
        var first = RasterExporter.Pdf(svg);
        Assert.Equal(first, RasterExporter.Pdf(svg));
        var text = Encoding.Latin1.GetString(first);
        Assert.DoesNotContain("/CreationDate", text);
        Assert.DoesNotContain("/ModDate", text);
    }

    [RasterFact(NeedsTools.PdfToText)]
    public void Characters_missing_from_Liberation_Sans_use_the_DejaVu_fallback()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\" font-family=\"Arial, 'Liberation Sans', Helvetica, sans-serif\">" +
                           "<text x=\"10\" y=\"25\" font-size=\"16\">A \u2292 B</text></svg>";
        var pdf = RasterExporter.Pdf(svg);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("+LiberationSans", raw);
        Assert.Contains("+DejaVuSans", raw);
        // The fallback character is text too, so it can be searched and copied.
        Assert.Contains("\u2292", PdfToText(pdf));
    }

    private static string PdfToText(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("argmap-pdf-");
        try
        {
            var path = Path.Combine(dir.FullName, "map.pdf");
            File.WriteAllBytes(path, pdf);
            var psi = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            Process process;
            try
            {
                process = Process.Start(psi)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("pdftotext is not installed: install the Debian package poppler-utils", e);
            }
            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "pdftotext failed: " + stderr.Result);
                return stdout.Result;
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
