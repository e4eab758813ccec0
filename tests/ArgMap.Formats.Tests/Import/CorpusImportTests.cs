using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Carneades;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;
using YamlDotNet.RepresentationModel;

namespace ArgMap.Formats.Tests.Import;

/// <summary>
/// Every data file of the third-party corpus (../shared/corpus from the repository root) loads through
/// <see cref="MapLoader.Load"/> with format detection, without exceptions or errors, and the counts in the imported
/// map match counts taken from the source here, independently of the importers (plain System.Text.Json, XDocument,
/// the YAML representation model).
/// </summary>
public sealed class CorpusImportTests
{
    private const string Absent = "corpus absent";

    private static readonly Regex IdPattern = new("^[A-Za-z0-9_.:-]+$");

    public static string? CorpusRoot()
    {
        var dir = Path.GetFullPath(Path.Combine(TestSupport.RepoRoot(), "..", "shared", "corpus"));
        return Directory.Exists(dir) ? dir : null;
    }

    private static readonly string[] Folders = ["aif-json", "carneades-yaml", "argdown-json", "microtext-xml", "sadface-json"];

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var root = CorpusRoot();
        if (root is null)
        {
            data.Add(Absent);
            return data;
        }
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                         .Where(f => Path.GetExtension(f) is ".json" or ".yml" or ".yaml" or ".xml")
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_imports_with_matching_counts(string file)
    {
        if (file == Absent)
        {
            return;
        }
        var path = Path.Combine(CorpusRoot()!, file);
        var result = MapLoader.Load(path);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var map = result.Map!;
        Assert.NotNull(map);
        Assert.Single(map.Nodes, n => n.Kind == NodeKind.Question);
        Assert.All(map.Nodes, n => Assert.Matches(IdPattern, n.Id));
        Assert.Equal(map.Nodes.Count, map.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, map.Relations.Count), map.Relations.Select(r => r.Order));
        var question = map.Question.Id;
        Assert.DoesNotContain(map.Relations, r => r.From == question);
        Assert.Equal(map.Relations.Count, map.Relations.Select(r => r.Key).Distinct().Count());

        switch (file.Split('/')[0])
        {
            case "aif-json": CheckAif(path, map); break;
            case "carneades-yaml": CheckCarneades(path, map); break;
            case "argdown-json": CheckArgdown(path, map); break;
            case "microtext-xml": CheckMicrotext(path, map); break;
            case "sadface-json": CheckSadface(path, map); break;
        }
    }

    private static int Count(ArgumentMap map, RelationKind kind) => map.Relations.Count(r => r.Kind == kind);

    // ---- AIF ----

    private static void CheckAif(string path, ArgumentMap map)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement.TryGetProperty("AIF", out var aif) ? aif : doc.RootElement;
        static string Id(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString()!;
        var type = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => Id(n.GetProperty("nodeID")), n => n.GetProperty("type").GetString()!);
        var edges = root.GetProperty("edges").EnumerateArray()
            .Select(e => (From: Id(e.GetProperty("fromID")), To: Id(e.GetProperty("toID"))))
            .Where(e => type.ContainsKey(e.From) && type.ContainsKey(e.To) && e.From != e.To).ToList();
        var iNodes = type.Count(t => t.Value == "I");
        Assert.Equal(Math.Max(iNodes, 1), map.Nodes.Count);

        var supports = new HashSet<(string, string)>();
        var contests = new HashSet<(string, string)>();
        var producedBy = new Dictionary<string, List<(string, string)>>();
        List<string> Ins(string s) => edges.Where(e => e.To == s && type[e.From] == "I").Select(e => e.From).Distinct().ToList();
        List<string> Outs(string s) => edges.Where(e => e.From == s && type[e.To] == "I").Select(e => e.To).Distinct().ToList();
        foreach (var (id, t) in type.Where(t => t.Value is "RA" or "MA"))
        {
            var pairs = (from p in Ins(id) from c in Outs(id) where p != c select (p, c)).ToList();
            supports.UnionWith(pairs);
            producedBy[id] = pairs;
        }
        var undercuts = new HashSet<(string, (string, string))>();
        foreach (var (id, _) in type.Where(t => t.Value == "CA"))
        {
            var attackers = Ins(id);
            contests.UnionWith(from a in attackers from c in Outs(id) where a != c select (a, c));
            foreach (var s in edges.Where(e => e.From == id && type[e.To] is "RA" or "MA").Select(e => e.To))
            {
                undercuts.UnionWith(from a in attackers from r in producedBy.GetValueOrDefault(s) ?? [] where a != r.Item1 && a != r.Item2 select (a, r));
            }
        }
        var all = new HashSet<(string, string)>(supports);
        all.UnionWith(contests);
        Assert.Equal(all.Count, map.Relations.Count);
        if (!supports.Overlaps(contests))
        {
            Assert.Equal(supports.Count, Count(map, RelationKind.Supports));
            Assert.Equal(contests.Count, Count(map, RelationKind.Contests));
        }
        Assert.Equal(undercuts.Count, map.Undercuts.Count);
    }

    // ---- Carneades ----

    private static void CheckCarneades(string path, ArgumentMap map)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        YamlNode? Get(YamlNode? n, string key) => n is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        IEnumerable<string> Scalars(YamlNode? n) => n switch
        {
            YamlScalarNode s when !string.IsNullOrEmpty(s.Value) => [s.Value!],
            YamlSequenceNode q => q.Children.OfType<YamlScalarNode>().Select(s => s.Value!).Where(v => v.Length > 0),
            YamlMappingNode m => m.Children.Values.OfType<YamlScalarNode>().Select(s => s.Value!).Where(v => v.Length > 0),
            _ => [],
        };
        var statements = new HashSet<string>();
        if (Get(root, "statements") is YamlMappingNode sm) statements.UnionWith(sm.Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
        statements.UnionWith(Scalars(Get(root, "assumptions")));
        var issuePairs = new HashSet<(string, string)>();
        if (Get(root, "issues") is YamlMappingNode im)
        {
            foreach (var issue in im.Children.Values)
            {
                var positions = Scalars(Get(issue, "positions")).Distinct().ToList();
                statements.UnionWith(positions);
                issuePairs.UnionWith(from a in positions from b in positions where a != b select (a, b));
            }
        }
        var premisePairs = new HashSet<(string, string)>();
        var undercuts = 0;
        var premiseless = 0;
        if (Get(root, "arguments") is YamlMappingNode am)
        {
            foreach (var arg in am.Children.Values)
            {
                var conclusion = Scalars(Get(arg, "conclusion")).Single();
                var premises = Scalars(Get(arg, "premises")).Distinct().ToList();
                var cutters = Scalars(Get(arg, "undercutter")).Concat(Scalars(Get(arg, "exceptions"))).ToList();
                statements.Add(conclusion);
                statements.UnionWith(premises);
                statements.UnionWith(cutters);
                premisePairs.UnionWith(premises.Where(p => p != conclusion).Select(p => (p, conclusion)));
                if (premises.Count > 0) undercuts += cutters.Count * premises.Count(p => p != conclusion);
                else premiseless += cutters.Count;
            }
        }
        Assert.Equal(statements.Count + 1, map.Nodes.Count);
        var question = map.Question.Id;
        Assert.Equal(premisePairs.Count, map.Relations.Count(r => r.Kind == RelationKind.Supports && r.To != question));
        Assert.Equal(undercuts, map.Undercuts.Count);
        Assert.True(map.Relations.Count(r => r.Kind == RelationKind.Contests) >= issuePairs.Except(premisePairs).Count() + premiseless);

        var expected = CarneadesExpectations.Read(new InputText(path, File.ReadAllBytes(path)));
        var tests = Get(root, "tests") ?? Get(root, "labels");
        var listed = new[] { "in", "out", "undecided" }.SelectMany(l => Scalars(Get(tests, l))).Where(statements.Contains).Distinct().Count();
        Assert.Equal(listed, expected.Count);
        Assert.All(expected.Keys, id => Assert.Contains(map.Nodes, n => n.Id == id));
    }

    // ---- Argdown JSON ----

    private static void CheckArgdown(string path, ArgumentMap map)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var statements = root.GetProperty("statements").EnumerateObject().Select(p => "s:" + p.Name).ToList();
        var arguments = root.GetProperty("arguments").EnumerateObject().ToList();
        Assert.Equal(statements.Count + arguments.Count + 1, map.Nodes.Count);
        var supports = new HashSet<(string, string)>();
        var contests = new HashSet<(string, string)>();
        foreach (var a in arguments)
        {
            foreach (var m in a.Value.GetProperty("pcs").EnumerateArray())
            {
                var st = "s:" + m.GetProperty("title").GetString();
                if (m.GetProperty("role").GetString() == "main-conclusion") supports.Add(("a:" + a.Name, st));
                else supports.Add((st, "a:" + a.Name));
            }
        }
        var undercuts = 0;
        foreach (var r in root.GetProperty("relations").EnumerateArray())
        {
            var from = (r.GetProperty("fromType").GetString() == "argument" ? "a:" : "s:") + r.GetProperty("from").GetString();
            var to = (r.GetProperty("toType").GetString() == "argument" ? "a:" : "s:") + r.GetProperty("to").GetString();
            switch (r.GetProperty("relationType").GetString())
            {
                case "support": supports.Add((from, to)); break;
                case "attack" or "contrary": contests.Add((from, to)); break;
                case "contradictory": contests.Add((from, to)); contests.Add((to, from)); break;
                case "undercut": undercuts++; break;
            }
        }
        contests.ExceptWith(supports);
        var question = map.Question.Id;
        Assert.Equal(supports.Count, map.Relations.Count(r => r.Kind == RelationKind.Supports && r.To != question));
        // Each undercut becomes undercuts of the target's relations, or one contests relation when it has none.
        Assert.Equal(contests.Count + undercuts, map.Relations.Count(r => r.Kind == RelationKind.Contests)
            + map.Undercuts.Select(u => (u.From, u.Target.From)).Distinct().Count());
        Assert.All(map.Nodes.Where(n => n.Id != question), n => Assert.True(
            map.Relations.Any(r => r.From == n.Id) || map.Undercuts.Any(u => u.From == n.Id), n.Id + " relates to nothing"));
    }

    // ---- Microtext ----

    private static void CheckMicrotext(string path, ArgumentMap map)
    {
        var doc = XDocument.Load(path);
        var edges = doc.Root!.Elements("edge").ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("type")!);
        var adus = doc.Root.Elements("adu").Count();
        Assert.Equal(adus + 1, map.Nodes.Count);
        int Typed(params string[] types) => edges.Values.Count(types.Contains);
        var addOnSupport = doc.Root.Elements("edge").Count(e => (string)e.Attribute("type")! == "add" && edges[(string)e.Attribute("trg")!] is "sup" or "exa");
        var addOnAttack = Typed("add") - addOnSupport;
        Assert.Equal(Typed("sup", "exa") + addOnSupport + 1, map.Relations.Count(r => r.Kind == RelationKind.Supports));
        Assert.Equal(Typed("reb", "und") + addOnAttack, map.Relations.Count(r => r.Kind == RelationKind.Contests) + map.Undercuts.Count);
        var question = map.Question.Id;
        Assert.Single(map.Relations, r => r.To == question);
        Assert.StartsWith("Is it true that: ", map.Question.Text);
    }

    // ---- SADFace ----

    private static void CheckSadface(string path, ArgumentMap map)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var kind = nodes.ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("type").GetString() == "atom" ? "atom" : n.GetProperty("name").GetString()!);
        var atoms = kind.Count(k => k.Value == "atom");
        Assert.Equal(Math.Max(atoms, 1), map.Nodes.Count);
        var edges = doc.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => (From: e.GetProperty("source_id").GetString()!, To: e.GetProperty("target_id").GetString()!)).ToList();
        int Pairs(string scheme) => kind.Where(k => k.Value == scheme).Sum(s =>
            edges.Count(e => e.To == s.Key && kind[e.From] == "atom") * edges.Count(e => e.From == s.Key && kind[e.To] == "atom"));
        Assert.Equal(Pairs("support"), map.Relations.Count(r => r.Kind == RelationKind.Supports));
        Assert.Equal(Pairs("conflict"), map.Relations.Count(r => r.Kind == RelationKind.Contests));
    }
}
