using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArgMap.Browser.Tests;

/// <summary>The printable debate packet (<c>argmap debate FILE -o packet.html</c>), printed to PDF by Chromium.</summary>
public sealed partial class DebatePacketTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public const string PdfToText = "/usr/bin/pdftotext";

    [BrowserFact]
    public async Task The_packet_prints_to_PDF_with_every_card_tag_and_one_card_per_evidence_node()
    {
        Assert.True(File.Exists(PdfToText), $"{PdfToText} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils)");
        using var dir = new TempDir();
        var packet = dir.File("packet.html");
        Cli.Ok("debate", Repo.Example(MapPages.Stalin), "-o", packet);

        var page = await browser.NewPageAsync();
        try
        {
            var requests = new List<string>();
            page.Request += (_, r) => requests.Add(r.Url);
            await page.GotoAsync(new Uri(packet).AbsoluteUri);

            var evidence = ExampleNode.Read(Repo.Example(MapPages.Stalin)).Where(n => n.Type == "evidence").Select(n => n.Id).Order().ToList();
            var cards = await page.Locator(".card").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-id'))");
            Assert.Equal(evidence.Count, cards.Length);
            Assert.Equal(evidence, cards.Order().ToList());
            Assert.Equal([new Uri(packet).AbsoluteUri], requests);

            var tags = await page.Locator(".card .tag").AllTextContentsAsync();
            Assert.Equal(cards.Length, tags.Count);

            var pdf = dir.File("packet.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
            var text = Normalize(ExtractText(pdf));
            foreach (var tag in tags)
            {
                Assert.True(text.Contains(Normalize(tag), StringComparison.Ordinal), $"the printed packet lacks the card tag \"{tag}\"");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string ExtractText(string pdf)
    {
        var info = new ProcessStartInfo(PdfToText) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-enc");
        info.ArgumentList.Add("UTF-8");
        info.ArgumentList.Add(pdf);
        info.ArgumentList.Add("-");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "pdftotext did not finish");
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Line breaks and runs of spaces differ between the page and the PDF's text layer.</summary>
    private static string Normalize(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
