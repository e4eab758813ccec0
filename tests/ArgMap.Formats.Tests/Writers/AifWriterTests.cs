using System.Text.Json;
using ArgMap.Core.Model;
using ArgMap.Formats.Aif;
using ArgMap.Formats.Import;
using static ArgMap.Formats.Tests.Writers.WriterTestSupport;

namespace ArgMap.Formats.Tests.Writers;

public sealed class AifWriterTests
{
    private static string AifText(ArgumentNode n) => n.Evidence?.Quote ?? n.Text ?? n.Id;

    private static ArgumentMap Reimport(string aif, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"argmap-aif-{name}-{Environment.ProcessId}.json");
        File.WriteAllText(path, aif);
        try
        {
            var result = MapLoader.Load(path, InputFormat.Aif, new ImportOptions { Question = AifWriter.QuestionNodeId });
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            return result.Map!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Example_survives_AIF_export_and_import(string name)
    {
        var original = LoadExample(name);
        var aif = AifWriter.Write(original);
        Assert.Equal(aif, AifWriter.Write(original));
        var imported = Reimport(aif, name);

        // AIF keeps texts and structure only: match nodes by text (unique in the examples).
        var originalText = original.Nodes.ToDictionary(n => n.Id, n => AifText(n).Trim());
        var importedText = imported.Nodes.ToDictionary(n => n.Id, n => n.Text!);
        Assert.Equal(original.Nodes.Count, originalText.Values.Distinct().Count());
        Assert.Equal(originalText.Values.Order(StringComparer.Ordinal), importedText.Values.Order(StringComparer.Ordinal));
        Assert.Equal(originalText[original.Question.Id], importedText[imported.Question.Id]);
        Assert.All(imported.Nodes.Where(n => n.Kind != NodeKind.Question), n => Assert.Equal(NodeKind.Claim, n.Kind));

        string[] Relations(ArgumentMap m, Dictionary<string, string> text) => m.Relations
            .Select(r => $"{text[r.From]} --{r.Kind}({r.Label})--> {text[r.To]}").Order(StringComparer.Ordinal).ToArray();
        string[] Undercuts(ArgumentMap m, Dictionary<string, string> text) => m.Undercuts
            .Select(u => $"{text[u.From]} undercuts {text[u.Target.From]} -> {text[u.Target.To]}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Relations(original, originalText), Relations(imported, importedText));
        Assert.Equal(Undercuts(original, originalText), Undercuts(imported, importedText));
        Assert.NotEmpty(original.Undercuts);
    }

    [Fact]
    public void Writes_AIFdb_nodes_and_edges()
    {
        var map = new ArgumentMap(1, null, null, null,
            [
                new ArgumentNode("c", NodeKind.Claim, "C", []),
                new ArgumentNode("q", NodeKind.Question, "Q", []),
                new ArgumentNode("e", NodeKind.Evidence, "tag", [], Evidence: new EvidenceDetails("the quote")),
                new ArgumentNode("u", NodeKind.Rebuttal, "U", []),
            ],
            [
                new Relation(RelationKind.Supports, "c", "q", Order: 0),
                new Relation(RelationKind.Contests, "e", "c", "Argument from Expert Opinion", Order: 1),
            ],
            [new Undercut("u", new RelationKey("e", "c"))],
            []);
        using var doc = JsonDocument.Parse(AifWriter.Write(map));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("nodeID").GetString()} {n.GetProperty("type").GetString()} {n.GetProperty("text").GetString()}"
                         + (n.TryGetProperty("scheme", out var s) ? " / " + s.GetString() : ""))
            .ToArray();
        Assert.Equal(
            [
                "1 I Q", "2 I C", "3 I the quote", "4 I U",
                "5 RA Default Inference / Default Inference",
                "6 CA Argument from Expert Opinion / Argument from Expert Opinion",
                "7 CA Default Conflict / Default Conflict",
            ],
            nodes);
        var edges = doc.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("edgeID").GetString()}:{e.GetProperty("fromID").GetString()}->{e.GetProperty("toID").GetString()}")
            .ToArray();
        Assert.Equal(["1:2->5", "2:5->1", "3:3->6", "4:6->2", "5:4->7", "6:7->6"], edges);
        Assert.Equal(0, doc.RootElement.GetProperty("locutions").GetArrayLength());
    }
}
