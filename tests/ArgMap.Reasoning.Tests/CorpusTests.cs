using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ArgMap.Reasoning;
using Xunit.Abstractions;

namespace ArgMap.Reasoning.Tests;

/// <summary>
/// ICCMA instances with reference answers from ../shared/corpus/iccma-apx/patricker-argumentation/ (relative to the
/// folder holding ArgMap.sln). Reference answers are named <c>stem_semantics.txt</c> next to the instance, or
/// <c>expected/stem.semantics.txt</c> (real_2019). Grounded, preferred, stable (and complete, when present) must match
/// exactly as sets of sets. Instances with more than <see cref="EnumerationLimit"/> arguments are checked for grounded
/// only, and say so in the test case name.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    public const string Absent = "corpus absent";
    private const int EnumerationLimit = 2000;
    private static readonly string[] Semantics = ["grounded", "preferred", "stable", "complete"];

    private static string? CorpusRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "iccma-apx", "patricker-argumentation"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }

    private static string? ReferenceFile(string apxPath, string semantics)
    {
        string dir = Path.GetDirectoryName(apxPath)!, stem = Path.GetFileNameWithoutExtension(apxPath);
        foreach (string candidate in new[]
                 {
                     Path.Combine(dir, $"{stem}_{semantics}.txt"),
                     Path.Combine(dir, "expected", $"{stem}.{semantics}.txt"),
                 })
            if (File.Exists(candidate)) return candidate;
        return null;
    }

    /// <summary>One case per instance with at least one reference answer, or a single "corpus absent" case.</summary>
    public static TheoryData<string> Instances()
    {
        var data = new TheoryData<string>();
        string? root = CorpusRoot();
        if (root is null) { data.Add(Absent); return data; }
        foreach (string apx in Directory.EnumerateFiles(root, "*.apx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!Semantics.Any(s => ReferenceFile(apx, s) is not null)) continue;
            string rel = Path.GetRelativePath(root, apx).Replace('\\', '/');
            int args = Regex.Matches(File.ReadAllText(apx), @"\barg\s*\(").Count;
            data.Add(args > EnumerationLimit ? $"{rel} (grounded only: {args} arguments)" : rel);
        }
        if (data.Count == 0) data.Add(Absent);
        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Instance_MatchesReferenceAnswers(string instance)
    {
        if (instance == Absent)
        {
            output.WriteLine("SKIPPED: corpus absent (../shared/corpus/iccma-apx/patricker-argumentation next to ArgMap.sln)");
            Assert.Equal(Absent, instance);
            return;
        }
        string root = CorpusRoot()!;
        bool groundedOnly = instance.Contains(" (grounded only", StringComparison.Ordinal);
        string rel = groundedOnly ? instance[..instance.IndexOf(" (", StringComparison.Ordinal)] : instance;
        string apx = Path.Combine(root, rel);
        var (af, problems) = ApxReader.Parse(File.ReadAllText(apx), rel);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotNull(af);
        var limits = new SearchLimits(maxExtensions: 100_000, maxSteps: 50_000_000);
        int checkedCount = 0;
        foreach (string sem in Semantics)
        {
            string? refFile = ReferenceFile(apx, sem);
            if (refFile is null) continue;
            if (groundedOnly && sem != "grounded") { output.WriteLine($"{rel} {sem}: not checked (too big)"); continue; }
            Assert.True(ExtensionFileReader.TryResolve(af!, ExtensionFileReader.Parse(File.ReadAllText(refFile)),
                out var expected, out string? unknown), $"{refFile}: unknown argument {unknown}");
            ExtensionSet actual = sem switch
            {
                "grounded" => Single(GroundedSemantics.Compute(af!).InSet),
                "preferred" => PreferredSemantics.Enumerate(af!, limits),
                "stable" => StableSemantics.Enumerate(af!, limits),
                _ => CompleteSemantics.Enumerate(af!, limits),
            };
            Assert.True(actual.Exhaustive, $"{rel} {sem}: search cut short");
            string want = Af.Show(af!, expected.Select(e => (IEnumerable<int>)e));
            string got = Af.Show(af!, actual);
            output.WriteLine($"{rel} {sem}: expected {want} got {got}");
            Assert.Equal(want, got);
            checkedCount++;
        }
        Assert.True(checkedCount > 0);
    }

    private static ExtensionSet Single(ImmutableArray<int> ext) => new([ext], exhaustive: true, steps: 0);
}
