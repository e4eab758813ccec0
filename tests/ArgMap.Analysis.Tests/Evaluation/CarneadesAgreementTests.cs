using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Analysis.Evaluation;
using ArgMap.Formats;
using ArgMap.Formats.Carneades;
using ArgMap.Formats.Input;
using ArgMap.Reasoning;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace ArgMap.Analysis.Tests.Evaluation;

/// <summary>
/// The Carneades 4 example graphs (../shared/corpus/carneades-yaml/carneades-4) carry the labels Carneades' own
/// grounded evaluator (CAES) gives their statements. Each file with such labels is imported with
/// <see cref="MapLoader.Load"/>, analysed with <see cref="MapEvaluator.Assess"/> (grounded), and ArgMap's label of
/// every labelled statement is compared with Carneades' (in ~ In, out ~ Out, undecided ~ Undec).
/// <para>
/// CAES has features plain grounded semantics over ArgMap's translation does not: proof standards and argument
/// weights that decide between the positions of an issue, linked arguments (every premise needed), schemes that
/// generate arguments or weigh them, and the rule that a statement nobody assumes and nothing argues for is out
/// (ArgMap presumes it in). A file is in the <b>shared</b> class when it uses none of them; for those files the labels
/// must agree exactly (<see cref="Shared_feature_files_agree_exactly"/>). The rule, checked on the YAML itself:
/// </para>
/// <list type="number">
/// <item>no <c>argument_schemes</c>, <c>issue_schemes</c>, <c>weighing_functions</c> or <c>language</c>, and no argument names a <c>scheme</c>;</item>
/// <item>no argument <c>weight</c> other than 1, and no issue <c>standard</c> (proof standards only act on issues anyway);</item>
/// <item>no issue with more than one position;</item>
/// <item>no negation pair: no statement <c>¬x</c>/<c>not(x)</c>/<c>neg(x)</c> next to a statement <c>x</c> (the importer makes it contest <c>x</c>; CAES relates them only through an issue);</item>
/// <item>no linked argument that can fail: an argument with more than one premise has only assumed premises (CAES needs every premise in,
/// ArgMap reads premises as independent supports; with assumed premises both see them all in);</item>
/// <item>every statement no argument concludes is assumed (CAES: out unless assumed; ArgMap: in unless attacked), and no assumed statement is concluded by an argument.</item>
/// </list>
/// Undercutters (and <c>exceptions</c>), assumptions, premise-less arguments and support cycles are shared and allowed.
/// The other files' agreement is only reported (<see cref="Agreement_table"/>); docs/reasoning.md explains every disagreement.
/// </summary>
public sealed class CarneadesAgreementTests(ITestOutputHelper output)
{
    private const string Absent = "corpus absent: ../shared/corpus/carneades-yaml/carneades-4 not found";

    private static readonly string? Corpus = FindCorpus();

    private static readonly Regex Negation = new(@"^\s*(?:¬\s*(?<x>.+)|(?:not|neg)\s*\((?<x>.+)\)\s*)$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Corpus is null)
        {
            data.Add(Absent);
            return data;
        }
        foreach (var file in LabelledFiles())
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Shared_feature_files_agree_exactly(string file)
    {
        if (file == Absent)
        {
            return; // reported in the case name
        }
        var row = Compare(file);
        output.WriteLine($"{file}: {row.Agree}/{row.Compared} agree; features: {row.FeatureList}; class: {row.Class}");
        foreach (var (id, expected, actual) in row.Disagreements)
        {
            output.WriteLine($"  {id}: Carneades {expected}, ArgMap {actual}");
        }
        Assert.True(row.Compared > 0, "no labelled statement found in the imported map");
        if (row.Shared)
        {
            Assert.True(row.Disagreements.Count == 0,
                $"{file} uses only shared features but disagrees on: " + string.Join(", ", row.Disagreements.Select(d => $"{d.Id} (Carneades {d.Expected}, ArgMap {d.Actual})")));
        }
    }

    [Fact]
    public void Agreement_table()
    {
        if (Corpus is null)
        {
            output.WriteLine(Absent);
            return;
        }
        var rows = LabelledFiles().Select(Compare).ToList();
        var sb = new StringBuilder();
        sb.AppendLine("| file | statements compared | agree | features used | class |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.File} | {r.Compared} | {r.Agree} | {r.FeatureList} | {r.Class} |");
        }
        foreach (var group in rows.GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{group.Key}: {group.Count()} files, {group.Sum(r => r.Agree)}/{group.Sum(r => r.Compared)} statements agree, {group.Count(r => r.Disagreements.Count == 0)} files fully");
        }
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"all: {rows.Count} files, {rows.Sum(r => r.Agree)}/{rows.Sum(r => r.Compared)} statements agree, {rows.Count(r => r.Disagreements.Count == 0)} files fully");
        sb.AppendLine("disagreements:");
        foreach (var r in rows)
        {
            foreach (var (id, expected, actual) in r.Disagreements)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {r.File} {id}: Carneades {expected}, ArgMap {actual}");
            }
        }
        output.WriteLine(sb.ToString());

        Assert.Equal(35, rows.Count); // constant_weight.yml has its tests commented out; empty.yml, chr-leq.yml, ... have none
        Assert.Contains(rows, r => r.Shared);
        Assert.All(rows.Where(r => r.Shared), r => Assert.Empty(r.Disagreements));
    }

    [Fact]
    public void The_rule_rejects_each_non_shared_feature()
    {
        Assert.True(Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q}}\nassumptions: [p]").Shared);
        Assert.True(Classify("statements: {p: P, q: Q, u: U}\narguments: {a1: {premises: [p], conclusion: q, undercutter: u}}\nassumptions: [p, u]").Shared);
        Assert.Contains("unassumed-leaf", Classify("statements: {p: P}").Features);
        Assert.Contains("assumed-conclusion", Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q}}\nassumptions: [p, q]").Features);
        Assert.Contains("linked", Classify("statements: {p: P, q: Q, r: R}\narguments: {a1: {premises: [p, r], conclusion: q}}\nassumptions: [p]").Features);
        Assert.True(Classify("statements: {p: P, q: Q, r: R}\narguments: {a1: {premises: [p, r], conclusion: q}}\nassumptions: [p, r]").Shared);
        Assert.Contains("issue>1", Classify("statements: {p: P, q: Q}\nissues: {i1: {positions: [p, q]}}\nassumptions: [p, q]").Features);
        Assert.Contains("weights", Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q, weight: 0.4}}\nassumptions: [p]").Features);
        Assert.DoesNotContain("weights", Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q, weight: 1}}\nassumptions: [p]").Features);
        Assert.Contains("schemes", Classify("statements: {p: P, q: Q}\narguments: {a1: {scheme: s, premises: [p], conclusion: q}}\nassumptions: [p]").Features);
        Assert.Contains("negation", Classify("statements: {p: P, ¬p: not P}\nassumptions: [p, ¬p]").Features);
        Assert.Contains("standard", Classify("statements: {p: P}\nissues: {i1: {positions: [p], standard: BRD}}\nassumptions: [p]").Features);
        Assert.Contains("cycle", Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q}, a2: {premises: [q], conclusion: p}}").Features);
        Assert.True(Classify("statements: {p: P, q: Q}\narguments: {a1: {premises: [p], conclusion: q}, a2: {premises: [q], conclusion: p}}").Shared);
    }

    // ---- comparison ----

    public sealed record Row(string File, int Compared, int Agree, IReadOnlyList<string> Features, IReadOnlyList<(string Id, string Expected, string Actual)> Disagreements)
    {
        /// <summary>Features outside the shared set; cycles, undercutters, assumptions and premise-less arguments are shared.</summary>
        public static readonly string[] NotShared = ["schemes", "weights", "weighing-fn", "standard", "issue>1", "negation", "linked", "unassumed-leaf", "assumed-conclusion"];

        public bool Shared => !Features.Any(NotShared.Contains);

        public string Class => Shared ? "shared" : "CAES-only";

        public string FeatureList => Features.Count == 0 ? "—" : string.Join(", ", Features);
    }

    private static Row Compare(string file)
    {
        var path = Path.Combine(Corpus!, file);
        var result = MapLoader.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var assessment = MapEvaluator.Assess(result.Graph!);
        var expected = CarneadesExpectations.Read(new InputText(path, File.ReadAllBytes(path)));
        var disagreements = new List<(string, string, string)>();
        foreach (var (id, label) in expected.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var actual = assessment.Labels[id];
            var want = label switch { "in" => Label.In, "out" => Label.Out, _ => Label.Undec };
            if (actual != want)
            {
                disagreements.Add((id, label, actual.ToString().ToLowerInvariant()));
            }
        }
        var features = Classify(File.ReadAllText(path)).Features;
        return new Row(file, expected.Count, expected.Count - disagreements.Count, features, disagreements);
    }

    // ---- features, read from the YAML independently of the importer ----

    private sealed record Classification(IReadOnlyList<string> Features)
    {
        public bool Shared => !Features.Any(Row.NotShared.Contains);
    }

    private static Classification Classify(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        var features = new List<string>();
        void Add(string f)
        {
            if (!features.Contains(f)) features.Add(f);
        }

        if (Get(root, "argument_schemes") is not null || Get(root, "issue_schemes") is not null || Get(root, "language") is not null) Add("schemes");
        if (Get(root, "weighing_functions") is not null) Add("weighing-fn");

        var statements = new HashSet<string>(StringComparer.Ordinal);
        var assumed = new HashSet<string>(StringComparer.Ordinal);
        if (Get(root, "statements") is YamlMappingNode sm)
        {
            foreach (var (k, v) in sm.Children)
            {
                var key = ((YamlScalarNode)k).Value!;
                statements.Add(key);
                if (Scalar(Get(v, "assumed")) is "true" or "True" or "yes") assumed.Add(key);
            }
        }
        foreach (var a in Scalars(Get(root, "assumptions")))
        {
            statements.Add(a);
            assumed.Add(a);
        }
        if (Get(root, "issues") is YamlMappingNode im)
        {
            foreach (var issue in im.Children.Values)
            {
                var positions = Scalars(Get(issue, "positions")).Distinct().ToList();
                statements.UnionWith(positions);
                if (positions.Count > 1) Add("issue>1");
                if (Scalar(Get(issue, "standard")) is { } std && std != "PE") Add("standard");
            }
        }
        var concluded = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(string From, string To)>();
        if (Get(root, "arguments") is YamlMappingNode am)
        {
            foreach (var arg in am.Children.Values)
            {
                var conclusion = Scalar(Get(arg, "conclusion"));
                if (conclusion is null) continue;
                var premises = Scalars(Get(arg, "premises")).Distinct().ToList();
                var cutters = Scalars(Get(arg, "undercutter")).Concat(Scalars(Get(arg, "exceptions"))).ToList();
                statements.Add(conclusion);
                statements.UnionWith(premises);
                statements.UnionWith(cutters);
                concluded.Add(conclusion);
                edges.AddRange(premises.Concat(cutters).Select(p => (p, conclusion)));
                if (Get(arg, "scheme") is not null) Add("schemes");
                if (Get(arg, "weight") is { } w && Scalar(w) is not ("1" or "1.0")) Add("weights");
                if (premises.Count > 1 && premises.Any(x => !assumed.Contains(x))) Add("linked");
                if (premises.Count == 0) Add("premiseless");
                if (cutters.Count > 0) Add("undercutters");
            }
        }
        if (statements.Any(s => Negation.Match(s) is { Success: true } m && statements.Contains(m.Groups["x"].Value.Trim()))) Add("negation");
        if (assumed.Count > 0) Add("assumptions");
        if (statements.Any(s => !concluded.Contains(s) && !assumed.Contains(s))) Add("unassumed-leaf");
        if (assumed.Any(concluded.Contains)) Add("assumed-conclusion");
        if (HasCycle(statements, edges)) Add("cycle");
        return new Classification(features);
    }

    private static bool HasCycle(IEnumerable<string> nodes, List<(string From, string To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        bool Visit(string n)
        {
            state[n] = 1;
            foreach (var m in next[n])
            {
                var s = state.GetValueOrDefault(m);
                if (s == 1 || (s == 0 && Visit(m))) return true;
            }
            state[n] = 2;
            return false;
        }
        return nodes.Any(n => state.GetValueOrDefault(n) == 0 && Visit(n));
    }

    private static YamlNode? Get(YamlNode? n, string key) =>
        n is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlNode? n) => n is YamlScalarNode s ? s.Value : null;

    private static IEnumerable<string> Scalars(YamlNode? n) => n switch
    {
        YamlScalarNode s when !string.IsNullOrEmpty(s.Value) => [s.Value!],
        YamlSequenceNode q => q.Children.OfType<YamlScalarNode>().Select(s => s.Value!).Where(v => v.Length > 0),
        YamlMappingNode m => m.Children.Values.OfType<YamlScalarNode>().Select(s => s.Value!).Where(v => v.Length > 0),
        _ => [],
    };

    private static IEnumerable<string> LabelledFiles() =>
        Directory.GetFiles(Corpus!, "*.yml").Order(StringComparer.Ordinal)
            .Where(f => CarneadesExpectations.Read(new InputText(f, File.ReadAllBytes(f))).Count > 0)
            .Select(Path.GetFileName)!;

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                var corpus = Path.Combine(dir.FullName, "..", "shared", "corpus", "carneades-yaml", "carneades-4");
                return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
            }
        }
        return null;
    }
}
