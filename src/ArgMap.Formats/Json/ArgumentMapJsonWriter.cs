using System.Text.Json;
using ArgMap.Core.Model;
using ArgMap.Formats.Json.Canonical;

namespace ArgMap.Formats.Json;

/// <summary>
/// Writes an <see cref="ArgumentMap"/> as an ArgMap JSON file (format v1) in canonical form: members in a fixed
/// order (<see cref="CanonicalOrder"/>), two-space indentation, "\n" line ends, a final newline; relations written on
/// their <c>From</c> node in their <see cref="Relation.Order"/>, as plain id strings unless they carry a label or a
/// weight; absent values omitted; numbers in shortest round-trip invariant form; non-ASCII text as it is.
/// <c>"$schema"</c> is never added. A pure function: the same map always gives the same text.
/// <para>
/// What the model does not hold cannot be written: unknown node and top-level members, the exact form of CSL
/// dates and names beyond <c>date-parts</c>/<c>literal</c> and <c>family</c>/<c>given</c>/<c>literal</c>, a
/// numeric <c>volume</c>/<c>issue</c>/<c>page</c> (written as a string), a <c>raw</c> issued date (written as
/// <c>literal</c>). Every other CSL variable is in <see cref="Source.Extra"/> and is written verbatim, sorted by
/// name, after the typed ones. To reformat a user's file without losing anything, use <see cref="CanonicalJson"/>.
/// </para>
/// </summary>
public static class ArgumentMapJsonWriter
{
    public static string Write(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var root = new JsonObjectTree()
            .Add("argmap", JsonTree.Num(map.Version))
            .AddIf("title", map.Title)
            .AddIf("subtitle", map.Subtitle)
            .AddIf("about", map.About);

        var relationsByFrom = map.Relations.OrderBy(r => r.Order).ToLookup(r => r.From, StringComparer.Ordinal);
        var undercutsByFrom = map.Undercuts.OrderBy(u => u.Order).ToLookup(u => u.From, StringComparer.Ordinal);
        root.Add("nodes", new JsonArrayTree(map.Nodes.Select(n => Node(n, relationsByFrom[n.Id], undercutsByFrom[n.Id])).ToList()));
        if (map.Sources.Count > 0)
        {
            root.Add("sources", new JsonArrayTree(map.Sources.Select(Source).ToList()));
        }
        return CanonicalJsonPrinter.Print(root);
    }

    private static JsonTree Node(ArgumentNode node, IEnumerable<Relation> relations, IEnumerable<Undercut> undercuts)
    {
        var o = new JsonObjectTree()
            .Add("id", JsonTree.Str(node.Id))
            .Add("type", JsonTree.Str(TypeName(node.Kind)))
            .AddIf("text", node.Text);
        if (node.Tags.Count > 0)
        {
            o.Add("tags", Strings(node.Tags));
        }
        o.AddIf("by", node.By).AddIf("note", node.Note);
        if (node.Weight is { } weight)
        {
            o.Add("weight", JsonTree.Num(weight));
        }
        if (node.Period is { } period)
        {
            o.Add("period", new JsonObjectTree().AddIf("from", period.From).AddIf("to", period.To));
        }
        if (node.Evidence is { } e)
        {
            o.Add("quote", JsonTree.Str(e.Quote))
                .AddIf("source", e.SourceId)
                .AddIf("locator", e.Locator)
                .AddIf("attribution", e.Attribution)
                .AddIf("date", e.Date)
                .AddIf("citedIn", e.CitedInId)
                .AddIf("context", e.Context);
            if (e.Highlight is { } highlight)
            {
                o.Add("highlight", Strings(highlight));
            }
            if (e.PrimaryChecked)
            {
                o.Add("primaryChecked", JsonTree.Bool(true));
            }
        }
        var list = relations.ToList();
        foreach (var (name, kind) in new[] { ("supports", RelationKind.Supports), ("contests", RelationKind.Contests) })
        {
            var targets = list.Where(r => r.Kind == kind).Select(Target).ToList();
            if (targets.Count > 0)
            {
                o.Add(name, new JsonArrayTree(targets));
            }
        }
        var attacks = undercuts.Select(u => (JsonTree)new JsonObjectTree()
            .Add("from", JsonTree.Str(u.Target.From))
            .Add("to", JsonTree.Str(u.Target.To))).ToList();
        if (attacks.Count > 0)
        {
            o.Add("undercuts", new JsonArrayTree(attacks));
        }
        return o;
    }

    private static JsonTree Target(Relation r)
    {
        if (r.Label is null && r.Weight is null)
        {
            return JsonTree.Str(r.To);
        }
        var o = new JsonObjectTree().Add("to", JsonTree.Str(r.To)).AddIf("label", r.Label);
        if (r.Weight is { } weight)
        {
            o.Add("weight", JsonTree.Num(weight));
        }
        return o;
    }

    private static JsonTree Source(Source s)
    {
        var o = new JsonObjectTree().Add("id", JsonTree.Str(s.Id)).AddIf("type", s.Type).AddIf("title", s.Title);
        if (s.Authors.Count > 0)
        {
            o.Add("author", new JsonArrayTree(s.Authors.Select(a => (JsonTree)new JsonObjectTree()
                .AddIf("family", a.Family).AddIf("given", a.Given).AddIf("literal", a.Literal)).ToList()));
        }
        if (s.Issued is not null || s.IssuedLiteral is not null)
        {
            var issued = new JsonObjectTree();
            if (s.Issued is { } parts)
            {
                issued.Add("date-parts", new JsonArrayTree([new JsonArrayTree(parts.Select(JsonTree.Num).ToList())]));
            }
            o.Add("issued", issued.AddIf("literal", s.IssuedLiteral));
        }
        o.AddIf("container-title", s.ContainerTitle)
            .AddIf("volume", s.Volume)
            .AddIf("issue", s.Issue)
            .AddIf("page", s.Page)
            .AddIf("publisher", s.Publisher)
            .AddIf("publisher-place", s.PublisherPlace)
            .AddIf("URL", s.Url)
            .AddIf("DOI", s.Doi)
            .AddIf("archive", s.Archive)
            .AddIf("archive_location", s.ArchiveLocation)
            .AddIf("note", s.Note);
        if (s.Extra is { } extra)
        {
            foreach (var (name, raw) in extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                o.Add(name, Raw(raw));
            }
        }
        return o;
    }

    /// <summary>A raw JSON value from <see cref="Source.Extra"/>, re-laid out but otherwise verbatim.</summary>
    private static JsonTree Raw(string raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            return JsonTree.From(doc.RootElement);
        }
        catch (JsonException)
        {
            return JsonTree.Str(raw); // not JSON (a model built by hand): keep the text as a string rather than write invalid JSON
        }
    }

    private static JsonArrayTree Strings(IEnumerable<string> values) => new(values.Select(JsonTree.Str).ToList());

    private static string TypeName(NodeKind kind) => kind switch
    {
        NodeKind.Question => "question",
        NodeKind.Claim => "claim",
        NodeKind.Evidence => "evidence",
        NodeKind.Rebuttal => "rebuttal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
