using System.Diagnostics;
using Microsoft.Playwright;

namespace ArgMap.Browser.Tests;

/// <summary>Runs only with <c>ARGMAP_SCREENSHOTS=1</c>, so ordinary test runs never rewrite the README's images.</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ARGMAP_SCREENSHOTS") != "1")
        {
            Skip = "writes docs/images/*.png for the README; run with ARGMAP_SCREENSHOTS=1";
        }
    }
}

/// <summary>The README's screenshots (not assertions about behaviour, beyond a sanity check of each file).</summary>
public sealed class ScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const long MaxBytes = 300 * 1024;

    private static string ImagePath(string name)
    {
        var dir = Path.Combine(Repo.Root, "docs", "images");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [ScreenshotFact]
    public async Task Html_map_with_a_details_panel_open()
    {
        using var dir = new TempDir();
        var html = dir.File("map.html");
        Cli.Ok("html", Repo.Example(MapPages.Stalin), "--status", "-o", html);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        try
        {
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            await page.Locator("#viewport g.node[data-id='e-1933-instruction']").ClickAsync();
            await page.Locator("#panel").WaitForAsync();
            var path = ImagePath("html-map.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Type = ScreenshotType.Png });
            Assert.InRange(new FileInfo(path).Length, 1, MaxBytes);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [ScreenshotFact]
    public async Task Debate_packet_first_page()
    {
        using var dir = new TempDir();
        var packet = dir.File("packet.html");
        Cli.Ok("debate", Repo.Example(MapPages.Stalin), "-o", packet);
        var page = await browser.NewPageAsync();
        try
        {
            // The first page as printed: Chromium prints the packet to an A4 PDF, poppler's pdftoppm draws page 1.
            await page.GotoAsync(new Uri(packet).AbsoluteUri);
            var pdf = dir.File("packet.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
            var path = ImagePath("debate-packet.png");
            var info = new ProcessStartInfo("/usr/bin/pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var arg in new[] { "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path)) })
            {
                info.ArgumentList.Add(arg);
            }
            using (var process = Process.Start(info)!)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(30_000), "pdftoppm did not finish");
                Assert.True(process.ExitCode == 0, $"pdftoppm (poppler-utils) failed: {stderr.Result}");
            }
            Assert.InRange(new FileInfo(path).Length, 1, MaxBytes);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
