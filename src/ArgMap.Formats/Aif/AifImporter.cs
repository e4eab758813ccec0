using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Aif;

/// <summary>
/// Reads AIF JSON (AIFdb nodesets <c>{nodes, edges, locutions}</c> and OVA3's <c>{"AIF": {...}}</c> wrapper).
/// <list type="bullet">
/// <item>I-nodes become claims (HTML stripped from their text); ids are the AIF node ids, sanitised.</item>
/// <item>RA: every I-node premise supports every I-node conclusion (linked premises share the conclusion); the label
/// names the scheme unless it is the default "Default Inference".</item>
/// <item>MA (rephrase): the rephrasing I-node supports the rephrased one, label "rephrase".</item>
/// <item>CA: the conflicting I-node contests its I-node target; a CA aimed at an RA/MA/CA node becomes an undercut,
/// by the CA's source I-node, of every relation that S-node produced.</item>
/// <item>L/YA/TA (dialogue) nodes are dropped; the speaker of the locution anchoring an I-node (L -> YA -> I) becomes
/// its <c>by</c> ("Speaker : text" prefix of the L text, else the locution's personID). With
/// <see cref="ImportOptions.KeepDialogue"/> the anchoring locutions are kept in the I-node's note.</item>
/// <item>Question: the I-node named by <see cref="ImportOptions.Question"/>, else the I-node with no outgoing relation
/// that has the most incoming relations (ties: smallest id, compared naturally); AM202 says which. With no I-node at
/// all the map holds only a synthesised question "(no argument content)" (AM203).</item>
/// </list>
/// </summary>
public static partial class AifImporter
{
    private const string DefaultInference = "Default Inference";

    private sealed record AifNode(string Id, string Type, string Text, string? Scheme, string Pointer, JsonElement Element);

    public static ImportResult Import(InputText input, ImportOptions options)
    {
        var json = ImportJson.Parse(input, out var error);
        if (json is null)
        {
            return new ImportResult(null, [error!]);
        }
        using var _ = json.Document;
        var b = new ImportBuilder(input);
        var root = json.Root;
        var prefix = "";
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("AIF", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            root = wrapped;
            prefix = "/AIF";
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ImportBuilder.Failed(input, DiagnosticCodes.WrongType, "an AIF file is a JSON object with \"nodes\" and \"edges\"", input.Start);
        }

        // Nodes.
        var nodes = new Dictionary<string, AifNode>(StringComparer.Ordinal);
        var order = new List<AifNode>();
        foreach (var (e, i) in ImportJson.Array(root, "nodes"))
        {
            var pointer = ImportJson.Pointer(prefix + "/nodes", i);
            var id = ImportJson.IdString(e, "nodeID");
            if (id is null)
            {
                b.Warn(DiagnosticCodes.MissingField, "AIF node has no \"nodeID\"; it is skipped", json.At(pointer));
                continue;
            }
            var node = new AifNode(id, (ImportJson.Str(e, "type") ?? "").Trim(), ImportJson.Str(e, "text") ?? "",
                ImportJson.Str(e, "scheme"), pointer, e);
            if (!nodes.TryAdd(id, node))
            {
                b.Warn(DiagnosticCodes.DuplicateId, $"AIF node id '{id}' is used twice; the second node is skipped", json.At(pointer));
                continue;
            }
            order.Add(node);
        }

        // Edges (adjacency in file order).
        var outgoing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (e, i) in ImportJson.Array(root, "edges"))
        {
            var pointer = ImportJson.Pointer(prefix + "/edges", i);
            var from = ImportJson.IdString(e, "fromID");
            var to = ImportJson.IdString(e, "toID");
            if (from is null || to is null || !nodes.ContainsKey(from) || !nodes.ContainsKey(to))
            {
                var missing = from is null || to is null ? "has no fromID/toID" : $"names node '{(nodes.ContainsKey(from) ? to : from)}', which does not exist";
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"AIF edge {missing}; the edge is dropped", json.At(pointer));
                continue;
            }
            if (from == to)
            {
                b.Warn(ImportDiagnosticCodes.SelfLoopDropped, $"AIF edge from node '{from}' to itself; the self-loop is dropped", json.At(pointer));
                continue;
            }
            Add(outgoing, from, to);
            Add(incoming, to, from);
        }

        // Locutions: personID by L-node id.
        var personByLocution = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (e, _) in ImportJson.Array(root, "locutions"))
        {
            if (ImportJson.IdString(e, "nodeID") is { } lid && ImportJson.IdString(e, "personID") is { } person)
            {
                personByLocution.TryAdd(lid, person);
            }
        }

        // I-nodes -> claims.
        foreach (var n in order.Where(n => n.Type == "I"))
        {
            var pointer = n.Pointer;
            Func<SourceLocation?> at = () => json.At(pointer);
            var text = b.CleanHtml(n.Text, at);
            var draft = b.AddNode(n.Id, NodeKind.Claim, text.Length == 0 ? "(empty text)" : text, n.Pointer, at);
            var locutions = Neighbours(incoming, n.Id, nodes, "YA")
                .SelectMany(ya => Neighbours(incoming, ya.Id, nodes, "L").Select(l => (L: l, Ya: ya)))
                .ToList();
            foreach (var (l, _) in locutions)
            {
                var speaker = Speaker(l.Text) ?? (personByLocution.TryGetValue(l.Id, out var p) ? "person " + p : null);
                if (speaker is not null)
                {
                    draft.By = speaker;
                    break;
                }
            }
            if (options.KeepDialogue && locutions.Count > 0)
            {
                draft.Note = string.Join("\n", locutions.Select(x =>
                    $"locution {x.L.Id} ({(x.Ya.Scheme ?? x.Ya.Text).Trim()}): {b.CleanHtml(x.L.Text, at)}"));
            }
        }

        // S-nodes: RA and MA first, CA on I-nodes next, CA on S-nodes last (they need the relations to exist).
        var produced = new Dictionary<string, List<RelationKey>>(StringComparer.Ordinal);
        var deferred = new List<AifNode>();
        foreach (var s in order)
        {
            var at = new Lazy<SourceLocation>(() => json.At(s.Pointer));
            switch (s.Type)
            {
                case "I":
                case "L":
                case "YA":
                case "TA":
                    break;
                case "RA":
                case "MA":
                {
                    var premises = Premises(b, s, incoming, nodes, at);
                    var conclusions = Targets(outgoing, s.Id, nodes);
                    var iConclusions = conclusions.Where(c => c.Type == "I").ToList();
                    if (premises.Count == 0 || iConclusions.Count == 0)
                    {
                        b.Warn(ImportDiagnosticCodes.IncompleteStructure,
                            $"{s.Type} node '{s.Id}' has {premises.Count} I-node premises and {iConclusions.Count} I-node conclusions; it yields no relation", at.Value);
                        break;
                    }
                    if (conclusions.Count > iConclusions.Count)
                    {
                        b.Warn(ImportDiagnosticCodes.UnsupportedElement,
                            $"{s.Type} node '{s.Id}' points at non-I nodes ({string.Join(", ", conclusions.Where(c => c.Type != "I").Select(c => c.Type + " " + c.Id))}); those edges are ignored", at.Value);
                    }
                    var label = s.Type == "MA" ? "rephrase" : SchemeLabel(s);
                    var keys = new List<RelationKey>();
                    foreach (var c in iConclusions)
                    {
                        foreach (var p in premises)
                        {
                            var from = b.IdOf(p.Id)!;
                            var to = b.IdOf(c.Id)!;
                            b.AddRelation(RelationKind.Supports, from, to, label, at, s.Pointer);
                            if (b.HasRelation(from, to)) keys.Add(new RelationKey(from, to));
                        }
                    }
                    produced[s.Id] = keys;
                    break;
                }
                case "CA":
                    deferred.Add(s);
                    break;
                default:
                    b.Warn(ImportDiagnosticCodes.UnsupportedElement,
                        $"AIF node '{s.Id}' has type '{s.Type}', which ArgMap does not import; it is dropped", at.Value);
                    break;
            }
        }
        foreach (var pass in new[] { false, true })
        {
            foreach (var s in deferred)
            {
                var at = new Lazy<SourceLocation>(() => json.At(s.Pointer));
                var attackers = Premises(b, s, incoming, nodes, at);
                var targets = Targets(outgoing, s.Id, nodes);
                var onS = targets.Where(t => t.Type is "RA" or "MA" or "CA").ToList();
                var onI = targets.Where(t => t.Type == "I").ToList();
                if (!pass)
                {
                    if (attackers.Count == 0 || onI.Count + onS.Count == 0)
                    {
                        b.Warn(ImportDiagnosticCodes.IncompleteStructure,
                            $"CA node '{s.Id}' has {attackers.Count} I-node sources and {onI.Count + onS.Count} targets; it yields no relation", at.Value);
                        continue;
                    }
                    var keys = new List<RelationKey>();
                    foreach (var t in onI)
                    {
                        foreach (var a in attackers)
                        {
                            var from = b.IdOf(a.Id)!;
                            var to = b.IdOf(t.Id)!;
                            b.AddRelation(RelationKind.Contests, from, to, SchemeLabel(s), at, s.Pointer);
                            if (b.HasRelation(from, to)) keys.Add(new RelationKey(from, to));
                        }
                    }
                    produced[s.Id] = keys;
                }
                else if (attackers.Count > 0)
                {
                    foreach (var t in onS)
                    {
                        var relations = produced.GetValueOrDefault(t.Id) ?? [];
                        if (relations.Count == 0)
                        {
                            b.Warn(ImportDiagnosticCodes.IncompleteStructure,
                                $"CA node '{s.Id}' attacks {t.Type} node '{t.Id}', which produced no relation to undercut", at.Value);
                            continue;
                        }
                        foreach (var a in attackers)
                        {
                            foreach (var key in relations)
                            {
                                b.AddUndercut(b.IdOf(a.Id)!, key, at, s.Pointer);
                            }
                        }
                    }
                }
            }
        }

        ChooseQuestion(b, options, order);
        return b.Result(null, null);
    }

    private static void ChooseQuestion(ImportBuilder b, ImportOptions options, List<AifNode> order)
    {
        if (b.Nodes.Count == 0)
        {
            b.SynthesiseQuestion("(no argument content)");
            b.Warn(ImportDiagnosticCodes.NoArgumentContent,
                "the AIF file has no I-nodes (no propositions); the map holds only a synthesised question", b.Input.Start);
            return;
        }
        if (options.Question is { } wanted)
        {
            if (b.NodeByKey(wanted) is { } chosen)
            {
                b.MakeQuestion(chosen.Id);
                b.Info(ImportDiagnosticCodes.QuestionChosen, $"I-node '{wanted}' is the question, as asked", chosen.Location);
                return;
            }
            b.Warn(ImportDiagnosticCodes.QuestionOptionNotFound,
                $"the question '{wanted}' names no I-node of this file; the question is chosen automatically", b.Input.Start);
        }
        var incomingCount = b.Relations.GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var outgoing = b.Relations.Select(r => r.From).Concat(b.Undercuts.Select(u => u.From)).ToHashSet(StringComparer.Ordinal);
        var candidates = b.Nodes.Where(n => !outgoing.Contains(n.Id)).ToList();
        var forced = candidates.Count == 0;
        if (forced)
        {
            candidates = b.Nodes.ToList();
        }
        var best = candidates
            .OrderByDescending(n => incomingCount.GetValueOrDefault(n.Id))
            .ThenBy(n => n.Key, Comparer<string>.Create(ImportBuilder.NaturalCompare))
            .First();
        b.MakeQuestion(best.Id);
        b.Info(ImportDiagnosticCodes.QuestionChosen,
            string.Create(CultureInfo.InvariantCulture,
                $"I-node '{best.Key}' is the question: {(forced ? "every I-node has outgoing relations; it" : "of the I-nodes that support or attack nothing, it")} has the most incoming relations ({incomingCount.GetValueOrDefault(best.Id)})"),
            best.Location);
    }

    private static string? SchemeLabel(AifNode s)
    {
        var name = (s.Scheme ?? s.Text).Trim();
        return name.Length == 0 || name == DefaultInference || name == "Default Conflict" || name == s.Type ? null : name;
    }

    private static List<AifNode> Premises(ImportBuilder b, AifNode s, Dictionary<string, List<string>> incoming, Dictionary<string, AifNode> nodes, Lazy<SourceLocation> at)
    {
        var sources = incoming.GetValueOrDefault(s.Id) ?? [];
        var premises = new List<AifNode>();
        foreach (var id in sources)
        {
            var n = nodes[id];
            if (n.Type == "I")
            {
                premises.Add(n);
            }
            else if (n.Type is not ("YA" or "TA"))
            {
                b.Warn(ImportDiagnosticCodes.UnsupportedElement,
                    $"{s.Type} node '{s.Id}' has a premise of type {n.Type} ('{n.Id}'), not an I-node; it is ignored", at.Value);
            }
        }
        return premises;
    }

    private static List<AifNode> Targets(Dictionary<string, List<string>> outgoing, string id, Dictionary<string, AifNode> nodes) =>
        (outgoing.GetValueOrDefault(id) ?? []).Select(t => nodes[t]).ToList();

    private static IEnumerable<AifNode> Neighbours(Dictionary<string, List<string>> incoming, string id, Dictionary<string, AifNode> nodes, string type) =>
        (incoming.GetValueOrDefault(id) ?? []).Select(t => nodes[t]).Where(n => n.Type == type);

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }

    [GeneratedRegex(@"^\s*([^:]{1,80}?)\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPrefix();

    /// <summary>"Lucy Frazer : In my constituency..." -> "Lucy Frazer".</summary>
    internal static string? Speaker(string locutionText)
    {
        var m = SpeakerPrefix().Match(locutionText);
        return m.Success && m.Groups[1].Value.Trim().Length > 0 ? m.Groups[1].Value.Trim() : null;
    }
}
