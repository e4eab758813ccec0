using ArgMap.Analysis.Evaluation;
using ArgMap.Formats;
using ArgMap.Reasoning;

namespace ArgMap.Analysis.Tests.Evaluation;

/// <summary>
/// End to end on the argumentation community's own instances: an .apx file loaded as a map and analysed by
/// `argmap analyze` labels its claims exactly as the ICCMA reference grounded extension says.
/// </summary>
public class ApxCorpusAgreementTests
{
    private static readonly string? Corpus = FindCorpus();

    public static TheoryData<string> Instances()
    {
        var data = new TheoryData<string>();
        if (Corpus is null)
        {
            data.Add("corpus absent: ../shared/corpus/iccma-apx not found");
            return data;
        }
        foreach (var apx in Directory.GetFiles(Corpus, "*.apx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (GroundedReference(apx) is not null)
            {
                data.Add(Path.GetRelativePath(Corpus, apx));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void GroundedLabelsOfTheImportedMapMatchTheReference(string instance)
    {
        if (Corpus is null)
        {
            return; // reported in the case name
        }
        var path = Path.Combine(Corpus, instance);
        var result = MapLoader.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var assessment = MapEvaluator.Assess(result.Graph!);
        var expected = ExtensionFileReader.Parse(File.ReadAllText(GroundedReference(path)!)).Single().ToHashSet();
        var actual = assessment.Labels.Where(kv => kv.Key != "question" && kv.Value == Label.In).Select(kv => kv.Key).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static string? GroundedReference(string apx)
    {
        var folder = Path.GetDirectoryName(apx)!;
        var name = Path.GetFileNameWithoutExtension(apx);
        return new[] { Path.Combine(folder, name + "_grounded.txt"), Path.Combine(folder, "expected", name + ".grounded.txt") }.FirstOrDefault(File.Exists);
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                var corpus = Path.Combine(dir.FullName, "..", "shared", "corpus", "iccma-apx");
                return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
            }
        }
        return null;
    }
}
