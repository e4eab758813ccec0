using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Text;
using static ArgMap.Core.Validation.RuleDiagnostics;

namespace ArgMap.Core.Validation;

/// <summary>
/// Text that cannot go into XML (control characters, lone surrogates) is kept in the data but dropped when drawn;
/// source URLs other than http, https, mailto and DOIs are kept but never made into links.
/// </summary>
internal sealed class SafeTextRule : IMapRule
{
    public IEnumerable<Diagnostic> Check(ArgumentGraph graph)
    {
        var map = graph.Map;
        foreach (var (path, value) in Fields(map))
        {
            var bad = XmlText.FirstIllegalIndex(value);
            if (bad >= 0)
            {
                yield return Warning(DiagnosticCodes.CharactersNotAllowedInXml,
                    $"the text contains U+{(int)value[bad]:X4}, which XML cannot hold; it is kept in the file but left out of diagrams",
                    path);
            }
        }
        foreach (var source in map.Sources)
        {
            if (source.Url is { } url && !SafeLink.IsAllowed(url))
            {
                yield return Warning(DiagnosticCodes.UnsafeUrl,
                    $"source '{source.Id}' has the URL '{Shorten(url)}', which is not http, https, mailto or a DOI; it is kept but never linked",
                    source.Origin, "URL");
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static IEnumerable<(string? Path, string Value)> Fields(ArgumentMap map)
    {
        if (map.Title is { } title) yield return ("/title", title);
        if (map.Subtitle is { } subtitle) yield return ("/subtitle", subtitle);
        foreach (var node in map.Nodes)
        {
            var o = node.Origin;
            if (node.Text is { } t) yield return (At(o, "text"), t);
            if (node.By is { } by) yield return (At(o, "by"), by);
            if (node.Note is { } note) yield return (At(o, "note"), note);
            for (var i = 0; i < node.Tags.Count; i++) yield return (At(o, $"tags/{i}"), node.Tags[i]);
            if (node.Evidence is { } e)
            {
                yield return (At(o, "quote"), e.Quote);
                if (e.Locator is { } l) yield return (At(o, "locator"), l);
                if (e.Attribution is { } a) yield return (At(o, "attribution"), a);
                if (e.Context is { } c) yield return (At(o, "context"), c);
            }
        }
        foreach (var r in map.Relations.Where(r => r.Label is not null))
        {
            yield return (r.Origin is null ? null : r.Origin + "/label", r.Label!);
        }
        foreach (var s in map.Sources)
        {
            if (s.Title is { } t) yield return (At(s.Origin, "title"), t);
            if (s.ContainerTitle is { } ct) yield return (At(s.Origin, "container-title"), ct);
            if (s.Note is { } n) yield return (At(s.Origin, "note"), n);
        }
    }
}
