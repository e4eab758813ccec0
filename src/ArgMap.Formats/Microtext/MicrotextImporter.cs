using System.Xml;
using System.Xml.Linq;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Microtext;

/// <summary>
/// Reads the arggraph XML of the Argumentative Microtext Corpus (Peldszus &amp; Stede).
/// <list type="bullet">
/// <item>Each ADU becomes a claim whose text is its EDUs (via <c>seg</c> edges, through joints) joined in document
/// order; <c>by</c> is "proponent" or "opponent" from the ADU type, which is also a tag.</item>
/// <item><c>sup</c> -> supports; <c>exa</c> -> supports labelled "example"; <c>reb</c> -> contests; <c>und</c> (aimed
/// at an edge) -> undercut of the relation that edge stands for; <c>add</c> (an additional premise, aimed at an edge)
/// -> the ADU relates to that edge's target as the edge's source does (a linked premise).</item>
/// <item>An <c>und</c> aimed at another <c>und</c> cannot be an undercut in ArgMap (undercuts attack relations, not
/// undercuts): it becomes a contest of the undercutting ADU (AM211).</item>
/// <item>Question: the central claim (the ADU with no outgoing argumentative edge) stays a claim and supports a
/// synthesised question "Is it true that: &lt;central claim&gt;?", so its pro/opp side is kept. With
/// <see cref="ImportOptions.Question"/> naming an ADU, that ADU is the question instead.</item>
/// </list>
/// </summary>
public static class MicrotextImporter
{
    private sealed record Edge(string Id, string Src, string Trg, string Type, SourceLocation At);

    private static string? Subtitle(XElement root) =>
        (string?)root.Attribute("id") is { } id
            ? (string?)root.Attribute("topic_id") is { } topic ? $"{id} (topic: {topic})" : id
            : null;

    public static ImportResult Import(InputText input, ImportOptions options)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var stream = new MemoryStream(input.Utf8.ToArray());
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return ImportBuilder.Failed(input, ImportDiagnosticCodes.MalformedInput, "malformed XML: " + e.Message,
                new SourceLocation(input.DisplayName, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)));
        }
        var b = new ImportBuilder(input);
        SourceLocation Loc(XObject x) => x is IXmlLineInfo li && li.HasLineInfo()
            ? new SourceLocation(input.DisplayName, li.LineNumber, li.LinePosition)
            : input.Start;
        var root = doc.Root!;
        if (root.Name.LocalName != "arggraph")
        {
            return ImportBuilder.Failed(input, DiagnosticCodes.WrongType, $"expected an <arggraph> root element, found <{root.Name.LocalName}>", Loc(root));
        }

        var edus = root.Elements("edu").Where(e => e.Attribute("id") is not null)
            .Select((e, i) => (Id: (string)e.Attribute("id")!, Text: e.Value.Trim(), Index: i)).ToList();
        var eduIndex = edus.ToDictionary(e => e.Id, e => e, StringComparer.Ordinal);
        var edges = root.Elements("edge")
            .Select(e => new Edge((string?)e.Attribute("id") ?? "", (string?)e.Attribute("src") ?? "", (string?)e.Attribute("trg") ?? "",
                (string?)e.Attribute("type") ?? "", Loc(e)))
            .ToList();
        var edgeById = new Dictionary<string, Edge>(StringComparer.Ordinal);
        foreach (var e in edges) edgeById.TryAdd(e.Id, e);

        // ADUs and their text.
        var segInto = edges.Where(e => e.Type == "seg").ToLookup(e => e.Trg, e => e.Src, StringComparer.Ordinal);
        foreach (var adu in root.Elements("adu"))
        {
            var id = (string?)adu.Attribute("id");
            if (id is null) continue;
            var role = (string?)adu.Attribute("type");
            var parts = new List<(string Text, int Index)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(segInto[id]);
            while (stack.Count > 0)
            {
                var s = stack.Pop();
                if (!seen.Add(s)) continue;
                if (eduIndex.TryGetValue(s, out var edu)) parts.Add((edu.Text, edu.Index));
                else foreach (var deeper in segInto[s]) stack.Push(deeper);
            }
            var text = string.Join(" ", parts.OrderBy(p => p.Index).Select(p => p.Text));
            if (text.Length == 0)
            {
                b.Warn(ImportDiagnosticCodes.IncompleteStructure, $"ADU '{id}' is grounded in no EDU text", Loc(adu));
                text = "(no text)";
            }
            var node = b.AddNode(id, NodeKind.Claim, text, "/adu/" + id, Loc(adu));
            if (role is "pro" or "opp")
            {
                node.By = role == "pro" ? "proponent" : "opponent";
                node.Tags.Add(role);
            }
        }

        // Argumentative edges: plain relations first, then additions to them, then undercuts, then additions to undercuts.
        var relationOf = new Dictionary<string, RelationKey>(StringComparer.Ordinal);
        var undercutOf = new Dictionary<string, RelationKey>(StringComparer.Ordinal);
        bool IsAdu(string id) => b.HasNode(id);
        foreach (var e in edges.Where(e => e.Type is "sup" or "exa" or "reb"))
        {
            if (!IsAdu(e.Src) || !IsAdu(e.Trg))
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"{e.Type} edge '{e.Id}' does not join two ADUs; it is dropped", e.At);
                continue;
            }
            var (from, to) = (b.IdOf(e.Src)!, b.IdOf(e.Trg)!);
            var kind = e.Type == "reb" ? RelationKind.Contests : RelationKind.Supports;
            b.AddRelation(kind, from, to, e.Type == "exa" ? "example" : null, e.At, "/edge/" + e.Id);
            if (b.HasRelation(from, to)) relationOf[e.Id] = new RelationKey(from, to);
        }
        void Additions(Func<Edge, bool> targetFilter)
        {
            foreach (var e in edges.Where(e => e.Type == "add" && edgeById.TryGetValue(e.Trg, out var t) && targetFilter(t)))
            {
                var target = edgeById[e.Trg];
                if (!IsAdu(e.Src))
                {
                    b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"add edge '{e.Id}' does not start at an ADU; it is dropped", e.At);
                    continue;
                }
                var from = b.IdOf(e.Src)!;
                if (relationOf.TryGetValue(target.Id, out var rel))
                {
                    var kind = target.Type == "reb" ? RelationKind.Contests : RelationKind.Supports;
                    b.AddRelation(kind, from, rel.To, target.Type == "exa" ? "example" : null, e.At, "/edge/" + e.Id);
                    if (b.HasRelation(from, rel.To)) relationOf[e.Id] = new RelationKey(from, rel.To);
                }
                else if (undercutOf.TryGetValue(target.Id, out var cut))
                {
                    b.AddUndercut(from, cut, e.At, "/edge/" + e.Id);
                }
                else
                {
                    b.Warn(ImportDiagnosticCodes.IncompleteStructure, $"add edge '{e.Id}' adds to edge '{target.Id}', which yielded nothing; it is dropped", e.At);
                }
            }
        }
        Additions(t => t.Type is "sup" or "exa" or "reb");
        foreach (var e in edges.Where(e => e.Type == "und"))
        {
            if (!IsAdu(e.Src))
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"und edge '{e.Id}' does not start at an ADU; it is dropped", e.At);
                continue;
            }
            var from = b.IdOf(e.Src)!;
            if (relationOf.TryGetValue(e.Trg, out var rel))
            {
                if (b.AddUndercut(from, rel, e.At, "/edge/" + e.Id)) undercutOf[e.Id] = rel;
            }
            else if (edgeById.TryGetValue(e.Trg, out var t) && t.Type == "und" && IsAdu(t.Src))
            {
                b.Warn(ImportDiagnosticCodes.UndercutAsContest,
                    $"und edge '{e.Id}' undercuts the undercut '{t.Id}', which ArgMap cannot express; '{e.Src}' contests '{t.Src}' instead", e.At);
                b.AddRelation(RelationKind.Contests, from, b.IdOf(t.Src)!, null, e.At, "/edge/" + e.Id);
            }
            else
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"und edge '{e.Id}' targets '{e.Trg}', which is no relation between ADUs; it is dropped", e.At);
            }
        }
        Additions(t => t.Type == "und");
        foreach (var e in edges.Where(e => e.Type is not ("seg" or "sup" or "exa" or "reb" or "und" or "add")))
        {
            b.Warn(ImportDiagnosticCodes.UnsupportedElement, $"edge '{e.Id}' has the unknown type '{e.Type}'; it is dropped", e.At);
        }

        // Question.
        if (b.Nodes.Count == 0)
        {
            b.SynthesiseQuestion("(no argument content)");
            b.Warn(ImportDiagnosticCodes.NoArgumentContent, "the arggraph has no ADUs; the map holds only a synthesised question", Loc(root));
            return b.Result(null, Subtitle(root));
        }
        if (options.Question is { } wanted)
        {
            if (b.NodeByKey(wanted) is { } chosen)
            {
                b.MakeQuestion(chosen.Id);
                b.Info(ImportDiagnosticCodes.QuestionChosen, $"ADU '{wanted}' is the question, as asked", chosen.Location);
                return b.Result(null, Subtitle(root));
            }
            b.Warn(ImportDiagnosticCodes.QuestionOptionNotFound, $"the question '{wanted}' names no ADU; the central claim is used", input.Start);
        }
        var outgoing = b.Relations.Select(r => r.From).Concat(b.Undercuts.Select(u => u.From)).ToHashSet(StringComparer.Ordinal);
        var central = b.Nodes.Where(n => !outgoing.Contains(n.Id)).ToList();
        if (central.Count == 0)
        {
            b.Warn(ImportDiagnosticCodes.IncompleteStructure, "no ADU is free of outgoing relations, so there is no central claim; the first ADU is used", Loc(root));
            central = [b.Nodes[0]];
        }
        else if (central.Count > 1)
        {
            b.Warn(ImportDiagnosticCodes.IncompleteStructure,
                $"{central.Count} ADUs have no outgoing relation ({string.Join(", ", central.Select(c => c.Key))}); the first is the central claim", central[1].Location);
        }
        var claim = central[0];
        var question = b.SynthesiseQuestion($"Is it true that: {claim.Text?.TrimEnd('.', '!', '?', ' ')}?");
        b.AddRelation(RelationKind.Supports, claim.Id, question, null, claim.Location, claim.Origin);
        b.Info(ImportDiagnosticCodes.QuestionChosen, $"ADU '{claim.Key}' is the central claim; it supports the synthesised question '{question}'", claim.Location);
        return b.Result(null, Subtitle(root));
    }
}
