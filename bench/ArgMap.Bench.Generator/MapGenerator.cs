using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArgMap.Bench.Generator;

/// <summary>
/// Writes a synthetic but realistically shaped ArgMap file (format v1) with exactly <c>nodes</c> nodes.
/// <para>
/// Shape: one question; under it a tree of claims (depth 1-2), then claims, evidence and rebuttals (depth 3-4), then
/// evidence and rebuttals (depth 5-6). Each tree node supports (~70%) or contests (~30%) its parent; a rebuttal
/// always contests. Internal nodes get 2-4 children (evidence only gets rebuttals, at most 1). The question starts
/// with 2-4 top-level claims; when every tree is full (depth 6, branching at most 4 gives at most 1,365 nodes under a
/// top-level claim, 5,461 with the question and 4 claims) the question gets another top-level claim, so large maps
/// are a forest of claim trees under the question.
/// </para>
/// <para>
/// On top of the tree: ~7% cross links (a node also supports or contests a node in another branch: never itself, its
/// parent, an ancestor or descendant, never the question, never a duplicate; always towards an older node so no
/// support cycle can form), ~1% undercut rebuttals on existing relations, a pool of ~N/20 CSL-JSON sources, 150-450
/// character quotes, tags. Everything comes from <c>new Random(seed)</c> and invariant formatting, so the same
/// arguments give the same bytes.
/// </para>
/// </summary>
public static class MapGenerator
{
    public const int MaxDepth = 6;

    private enum Kind { Question, Claim, Evidence, Rebuttal }

    private sealed class Node
    {
        public required string Id;
        public required Kind Kind;
        public required int Depth;
        public required int Parent;      // index, -1 for the question
        public required int Root;        // index of the top-level claim this node hangs under
        public int Capacity;             // how many children it may still get
        public int Children;
        public readonly List<(int To, bool Contests)> Relations = [];
        public readonly List<(int From, int To)> Undercuts = [];
    }

    private static readonly string[] Words =
    [
        "the", "a", "of", "and", "to", "in", "that", "is", "for", "it", "as", "was", "with", "be", "by", "on", "not",
        "this", "are", "or", "at", "from", "have", "an", "they", "which", "one", "were", "all", "we", "their", "been",
        "has", "more", "when", "there", "can", "no", "would", "so", "what", "about", "than", "into", "them", "only",
        "other", "new", "some", "could", "these", "two", "may", "first", "then", "do", "any", "like", "my", "now",
        "over", "such", "our", "even", "most", "made", "after", "also", "did", "many", "before", "must", "through",
        "years", "where", "much", "your", "way", "well", "down", "should", "because", "each", "just", "those",
        "people", "how", "too", "little", "state", "good", "very", "make", "world", "still", "own", "see", "men",
        "work", "long", "get", "here", "between", "both", "life", "being", "under", "never", "day", "same", "another",
        "know", "while", "last", "might", "us", "great", "old", "year", "off", "come", "since", "against", "go",
        "came", "right", "used", "take", "three", "policy", "evidence", "study", "schools", "pupils", "cost",
        "government", "report", "data", "survey", "increase", "decline", "effect", "results", "council", "public",
        "economic", "growth", "workers", "hours", "productivity", "health", "sleep", "attendance", "behaviour",
        "families", "income", "tax", "trade", "wages", "market", "prices", "housing", "transport", "energy",
        "climate", "emissions", "budget", "spending", "reform", "election", "voters", "party", "court", "law",
        "rights", "archive", "letter", "minutes", "meeting", "committee", "decision", "order", "instruction",
        "historians", "sources", "records", "figures", "estimate", "sample", "trial", "control", "outcome",
        "significant", "average", "per", "cent", "rate", "rates", "level", "levels", "higher", "lower", "fewer",
        "larger", "smaller", "national", "local", "regional", "central", "early", "late", "during", "period",
    ];

    private static readonly string[] Tags =
    [
        "economics", "health", "education", "history", "law", "statistics", "ethics", "environment", "politics",
        "methodology", "primary-source", "secondary-source", "disputed", "needs-check", "key",
    ];

    private static readonly string[] Families =
    [
        "Smith", "Jones", "Garcia", "Müller", "Rossi", "Nowak", "Kowalski", "Ivanova", "Tanaka", "Nguyen", "Okafor",
        "Haddad", "Johansson", "Dubois", "Silva", "Khan", "Brown", "Taylor", "Wilson", "Davies", "Getty", "Conquest",
    ];

    private static readonly string[] Givens =
    [
        "Ann", "Ben", "Carla", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jan", "Kemi", "Lars", "Maria", "Noor",
    ];

    private static readonly string[] SourceTypes =
    [
        "article-journal", "article-journal", "book", "chapter", "report", "article-newspaper", "webpage", "speech",
        "manuscript",
    ];

    /// <summary>Writes the map as UTF-8 JSON (one node per line) to <paramref name="output"/>.</summary>
    public static void Write(int nodeCount, int seed, Stream output)
    {
        var text = Generate(nodeCount, seed);
        output.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The map as a JSON string.</summary>
    public static string Generate(int nodeCount, int seed)
    {
        if (nodeCount < 2) throw new ArgumentOutOfRangeException(nameof(nodeCount), "a map needs at least 2 nodes");
        var rng = new Random(seed);
        var nodes = new List<Node>(nodeCount);
        var counters = new Dictionary<Kind, int>();
        string NextId(Kind kind)
        {
            counters[kind] = counters.GetValueOrDefault(kind) + 1;
            var prefix = kind switch { Kind.Claim => "c", Kind.Evidence => "e", Kind.Rebuttal => "r", _ => "q" };
            return prefix + counters[kind].ToString(CultureInfo.InvariantCulture);
        }

        nodes.Add(new Node { Id = "q", Kind = Kind.Question, Depth = 0, Parent = -1, Root = -1 });

        var undercutCount = nodeCount >= 100 ? (int)Math.Round(nodeCount * 0.01) : (nodeCount >= 20 ? 1 : 0);
        var treeCount = nodeCount - 1 - undercutCount;
        var sourceCount = Math.Max(1, (int)Math.Round(nodeCount / 20.0));

        // Open slots: nodes that may still get children. A child's parent is drawn uniformly from the open nodes, so
        // the trees grow irregularly (like real maps) rather than level by level.
        var open = new List<int>();
        var topLevel = 0;
        var initialTop = rng.Next(2, 5);
        while (nodes.Count - 1 < treeCount)
        {
            if (open.Count == 0 && topLevel >= initialTop)
            {
                // Every node has used its drawn branching: let nodes above the depth limit take children up to 4
                // before the question gets another top-level claim.
                for (var i = 1; i < nodes.Count; i++)
                {
                    if (nodes[i].Depth < MaxDepth && nodes[i].Children < 4 && nodes[i].Kind != Kind.Evidence)
                    {
                        nodes[i].Capacity = 4 - nodes[i].Children;
                        open.Add(i);
                    }
                }
            }
            if (open.Count == 0 || topLevel < initialTop)
            {
                // A new top-level claim under the question.
                var contests = rng.NextDouble() < 0.3;
                var claim = new Node { Id = NextId(Kind.Claim), Kind = Kind.Claim, Depth = 1, Parent = 0, Root = nodes.Count };
                claim.Relations.Add((0, contests));
                claim.Capacity = rng.Next(2, 5);
                open.Add(nodes.Count);
                nodes.Add(claim);
                topLevel++;
                continue;
            }
            var slot = rng.Next(open.Count);
            var parentIndex = open[slot];
            var parent = nodes[parentIndex];
            var depth = parent.Depth + 1;
            // 25% here plus the rebuttals that answer evidence come to about 30% contests overall.
            var contestsParent = rng.NextDouble() < 0.25;
            Kind kind;
            if (parent.Kind == Kind.Evidence)
            {
                kind = Kind.Rebuttal;
                contestsParent = true;
            }
            else if (depth <= 2)
            {
                kind = Kind.Claim;
            }
            else if (contestsParent)
            {
                kind = Kind.Rebuttal;
            }
            else if (depth <= 4)
            {
                kind = rng.NextDouble() < 0.6 ? Kind.Claim : Kind.Evidence;
            }
            else
            {
                kind = rng.NextDouble() < (depth == MaxDepth ? 0.9 : 0.7) ? Kind.Evidence : Kind.Claim;
            }
            var child = new Node { Id = NextId(kind), Kind = kind, Depth = depth, Parent = parentIndex, Root = parent.Root };
            child.Relations.Add((parentIndex, contestsParent));
            if (depth < MaxDepth)
            {
                child.Capacity = kind == Kind.Evidence ? (rng.NextDouble() < 0.25 ? 1 : 0) : rng.Next(2, 5);
            }
            nodes.Add(child);
            parent.Children++;
            if (child.Capacity > 0) open.Add(nodes.Count - 1);
            if (--parent.Capacity <= 0)
            {
                open[slot] = open[^1];
                open.RemoveAt(open.Count - 1);
            }
        }

        AddCrossLinks(nodes, rng, (int)Math.Round(nodeCount * 0.07));
        AddUndercuts(nodes, rng, undercutCount, NextId);

        return Serialize(nodes, sourceCount, rng, topLevel);
    }

    private static bool IsAncestor(List<Node> nodes, int ancestor, int of)
    {
        for (var v = nodes[of].Parent; v >= 0; v = nodes[v].Parent)
        {
            if (v == ancestor) return true;
        }
        return false;
    }

    private static void AddCrossLinks(List<Node> nodes, Random rng, int wanted)
    {
        var relationSet = new HashSet<(int, int)>();
        foreach (var (node, i) in nodes.Select((n, i) => (n, i)))
        {
            foreach (var (to, _) in node.Relations) relationSet.Add((i, to));
        }
        var added = 0;
        var attempts = 0;
        while (added < wanted && attempts < wanted * 50 && nodes.Count > 3)
        {
            attempts++;
            var from = rng.Next(2, nodes.Count);
            // Always towards an older node: every relation then points to a smaller index, so there are no cycles.
            var to = rng.Next(1, from);
            var source = nodes[from];
            var target = nodes[to];
            if (target.Kind is Kind.Question or Kind.Evidence && source.Kind != Kind.Rebuttal) continue;
            if (target.Kind == Kind.Question) continue;
            if (relationSet.Contains((from, to)) || IsAncestor(nodes, to, from)) continue;
            var contests = source.Kind == Kind.Rebuttal || rng.NextDouble() < 0.3;
            source.Relations.Add((to, contests));
            relationSet.Add((from, to));
            added++;
        }
    }

    private static void AddUndercuts(List<Node> nodes, Random rng, int count, Func<Kind, string> nextId)
    {
        // Undercuts attack evidence -> claim relations when there are any, otherwise any relation not into the question.
        var candidates = new List<(int From, int To)>();
        for (var i = 1; i < nodes.Count; i++)
        {
            if (nodes[i].Kind != Kind.Evidence) continue;
            foreach (var (to, _) in nodes[i].Relations) candidates.Add((i, to));
        }
        if (candidates.Count == 0)
        {
            for (var i = 1; i < nodes.Count; i++)
            {
                foreach (var (to, _) in nodes[i].Relations) candidates.Add((i, to));
            }
        }
        for (var k = 0; k < count; k++)
        {
            var target = candidates[rng.Next(candidates.Count)];
            var node = new Node { Id = nextId(Kind.Rebuttal), Kind = Kind.Rebuttal, Depth = nodes[target.From].Depth, Parent = -1, Root = nodes[target.From].Root };
            node.Undercuts.Add(target);
            // Occasionally one undercut attacks a second relation as well, as in the Stalin example.
            if (rng.NextDouble() < 0.2)
            {
                var second = candidates[rng.Next(candidates.Count)];
                if (second != target) node.Undercuts.Add(second);
            }
            nodes.Add(node);
        }
    }

    private static string Sentence(Random rng, int minWords, int maxWords, bool question = false)
    {
        var count = rng.Next(minWords, maxWords + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var w = Words[rng.Next(Words.Length)];
            if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
            else sb.Append(' ');
            sb.Append(w);
            if (i > 0 && i < count - 2 && rng.NextDouble() < 0.06) sb.Append(',');
        }
        sb.Append(question ? '?' : '.');
        return sb.ToString();
    }

    /// <summary>A quote of 150-450 characters made of whole sentences, cut at a word boundary.</summary>
    private static string Quote(Random rng)
    {
        var target = rng.Next(150, 451);
        var sb = new StringBuilder();
        while (sb.Length < target)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Sentence(rng, 6, 22));
        }
        if (sb.Length > 450)
        {
            var cut = sb.ToString(0, 450).LastIndexOf(' ');
            sb.Length = cut;
            sb.Append('…');
        }
        return sb.ToString();
    }

    private static string Serialize(List<Node> nodes, int sourceCount, Random rng, int topLevel)
    {
        var sb = new StringBuilder(nodes.Count * 420);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var options = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string Json(Action<Utf8JsonWriter> write)
        {
            buffer.Clear();
            using (var w = new Utf8JsonWriter(buffer, options)) write(w);
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        var title = Sentence(rng, 6, 12, question: true);
        sb.Append("{\n  \"argmap\": 1,\n  \"title\": ").Append(Json(w => w.WriteStringValue(title)))
          .Append(",\n  \"subtitle\": ").Append(Json(w => w.WriteStringValue(
              string.Create(CultureInfo.InvariantCulture, $"Synthetic benchmark map: {nodes.Count} nodes, {topLevel} top-level claims"))))
          .Append(",\n  \"nodes\": [\n");
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var line = Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", node.Id);
                w.WriteString("type", node.Kind.ToString().ToLowerInvariant());
                switch (node.Kind)
                {
                    case Kind.Question:
                        w.WriteString("text", title);
                        break;
                    case Kind.Evidence:
                        if (rng.NextDouble() < 0.5) w.WriteString("text", Sentence(rng, 4, 10));
                        var quote = Quote(rng);
                        w.WriteString("quote", quote);
                        w.WriteString("source", "s" + (rng.Next(sourceCount) + 1).ToString(CultureInfo.InvariantCulture));
                        if (rng.NextDouble() < 0.6) w.WriteString("locator", "p. " + rng.Next(1, 600).ToString(CultureInfo.InvariantCulture));
                        if (rng.NextDouble() < 0.3)
                        {
                            var words = quote.Split(' ');
                            var start = rng.Next(Math.Max(1, words.Length - 4));
                            var phrase = string.Join(' ', words.Skip(start).Take(4)).TrimEnd('…');
                            if (phrase.Length > 0 && quote.Contains(phrase, StringComparison.Ordinal))
                            {
                                w.WriteStartArray("highlight");
                                w.WriteStringValue(phrase);
                                w.WriteEndArray();
                            }
                        }
                        break;
                    default:
                        w.WriteString("text", Sentence(rng, 6, 24));
                        break;
                }
                if (node.Kind != Kind.Question && rng.NextDouble() < 0.4)
                {
                    w.WriteStartArray("tags");
                    var first = rng.Next(Tags.Length);
                    w.WriteStringValue(Tags[first]);
                    if (rng.NextDouble() < 0.3) w.WriteStringValue(Tags[(first + 1 + rng.Next(Tags.Length - 1)) % Tags.Length]);
                    w.WriteEndArray();
                }
                if (node.Kind is Kind.Claim or Kind.Rebuttal && rng.NextDouble() < 0.2)
                {
                    w.WriteNumber("weight", Math.Round(rng.NextDouble(), 2));
                }
                WriteTargets(w, nodes, node, contests: false);
                WriteTargets(w, nodes, node, contests: true);
                if (node.Undercuts.Count > 0)
                {
                    w.WriteStartArray("undercuts");
                    foreach (var (from, to) in node.Undercuts)
                    {
                        w.WriteStartObject();
                        w.WriteString("from", nodes[from].Id);
                        w.WriteString("to", nodes[to].Id);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            });
            sb.Append("    ").Append(line).Append(i + 1 < nodes.Count ? ",\n" : "\n");
        }
        sb.Append("  ],\n  \"sources\": [\n");
        for (var s = 1; s <= sourceCount; s++)
        {
            var id = "s" + s.ToString(CultureInfo.InvariantCulture);
            var line = Json(w =>
            {
                var type = SourceTypes[rng.Next(SourceTypes.Length)];
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("type", type);
                w.WriteString("title", Sentence(rng, 3, 12).TrimEnd('.'));
                w.WriteStartArray("author");
                var authors = rng.Next(1, 4);
                for (var a = 0; a < authors; a++)
                {
                    w.WriteStartObject();
                    w.WriteString("family", Families[rng.Next(Families.Length)]);
                    w.WriteString("given", Givens[rng.Next(Givens.Length)]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartObject("issued");
                w.WriteStartArray("date-parts");
                w.WriteStartArray();
                w.WriteNumberValue(rng.Next(1900, 2025));
                if (rng.NextDouble() < 0.4) w.WriteNumberValue(rng.Next(1, 13));
                w.WriteEndArray();
                w.WriteEndArray();
                w.WriteEndObject();
                if (type is "article-journal" or "chapter" or "article-newspaper")
                {
                    w.WriteString("container-title", Sentence(rng, 2, 5).TrimEnd('.'));
                }
                if (type == "article-journal")
                {
                    w.WriteString("volume", rng.Next(1, 90).ToString(CultureInfo.InvariantCulture));
                    var first = rng.Next(1, 400);
                    w.WriteString("page", string.Create(CultureInfo.InvariantCulture, $"{first}-{first + rng.Next(5, 40)}"));
                    if (rng.NextDouble() < 0.6) w.WriteString("DOI", string.Create(CultureInfo.InvariantCulture, $"10.{rng.Next(1000, 9999)}/bench.{s}"));
                }
                else if (type is "book" or "report")
                {
                    w.WriteString("publisher", Families[rng.Next(Families.Length)] + " Press");
                }
                else if (type == "webpage")
                {
                    w.WriteString("URL", string.Create(CultureInfo.InvariantCulture, $"https://example.org/bench/{s}"));
                }
                w.WriteEndObject();
            });
            sb.Append("    ").Append(line).Append(s < sourceCount ? ",\n" : "\n");
        }
        sb.Append("  ]\n}\n");
        return sb.ToString();
    }

    private static void WriteTargets(Utf8JsonWriter w, List<Node> nodes, Node node, bool contests)
    {
        var any = false;
        foreach (var (to, c) in node.Relations)
        {
            if (c != contests) continue;
            if (!any)
            {
                w.WriteStartArray(contests ? "contests" : "supports");
                any = true;
            }
            w.WriteStringValue(nodes[to].Id);
        }
        if (any) w.WriteEndArray();
    }
}
