using System.Net;
using System.Text;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Html;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Serve;

/// <summary>
/// The page the live preview serves: the interactive HTML map of the file as it is now, or, when the file has
/// errors, the list of errors with line and column (never a stale map). Both pages listen for changes.
/// </summary>
internal static class PreviewPage
{
    /// <summary>Reloads the page when the server says the file changed (server-sent events, reconnecting on its own).</summary>
    private const string LiveReload = """
        <script>
        (function () {
          var source = new EventSource("/events");
          source.addEventListener("change", function () { location.reload(); });
        })();
        </script>

        """;

    public static string Render(string path, ViewOptions view, Analysis.Evaluation.SemanticsKind? status)
    {
        var result = MapLoader.Load(path);
        if (!result.Succeeded)
        {
            return ErrorPage(path, result.Diagnostics);
        }
        // Labels are recomputed on every save, with the semantics the user chose.
        var options = status is { } semantics ? view with { Status = Analysis.Evaluation.MapEvaluator.Assess(result.Graph!, semantics) } : view;
        var html = HtmlMapExporter.Export(result.Graph!, options);
        return html.Replace("</body>", LiveReload + "</body>", StringComparison.Ordinal);
    }

    private static string ErrorPage(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Errors in ")
            .Append(WebUtility.HtmlEncode(Path.GetFileName(path))).Append("</title>\n<style>")
            .Append("body{font:15px/1.5 Arial,'Liberation Sans',Helvetica,sans-serif;margin:24px;color:#1a1a1a}")
            .Append("h1{font-size:20px;color:#b00020}li{margin:6px 0}code{background:#f3f3f3;padding:1px 4px}.loc{font-weight:bold}")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(WebUtility.HtmlEncode(Path.GetFileName(path)))
            .Append(" has errors; the map is shown again once they are fixed</h1>\n<ul id=\"errors\">\n");
        foreach (var d in diagnostics.Where(d => d.Severity != Severity.Info))
        {
            var where = d.Location is null ? "" : $"line {d.Location.Line}, column {d.Location.Column}";
            html.Append("<li class=\"").Append(d.Severity.ToString().ToLowerInvariant()).Append("\"><span class=\"loc\">")
                .Append(WebUtility.HtmlEncode(where)).Append("</span> ").Append(d.Severity.ToString().ToLowerInvariant()).Append(" <code>")
                .Append(d.Code).Append("</code>: ").Append(WebUtility.HtmlEncode(d.FullMessage)).Append("</li>\n");
        }
        html.Append("</ul>\n").Append(LiveReload).Append("</body>\n</html>\n");
        return html.ToString();
    }
}
