using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Core.Validation;

namespace ArgMap.Core.Tests.Validation;

/// <summary>The rules on a map built in memory: codes, severities and the JSON pointers the loader later locates.</summary>
public class MapValidatorTests
{
    private static ArgumentNode Node(int i, string id, NodeKind kind = NodeKind.Claim, EvidenceDetails? evidence = null) =>
        new(id, kind, kind == NodeKind.Evidence ? null : id, [], Evidence: evidence, Origin: $"/nodes/{i}");

    private static Relation Rel(string from, string to, int i, RelationKind kind = RelationKind.Supports) =>
        new(kind, from, to, Order: i, Origin: $"/rel/{i}");

    private static string[] Validate(ArgumentMap map) =>
        MapValidator.Validate(ArgumentGraph.Build(map)).Select(d => $"{d.Code} {d.Severity} {d.JsonPath} {d.RelatedJsonPath}".TrimEnd()).ToArray();

    [Fact]
    public void CleanMapHasNoDiagnostics()
    {
        var map = new ArgumentMap(1, null, null, null, [Node(0, "q", NodeKind.Question), Node(1, "c")], [Rel("c", "q", 0)], [], []);
        Assert.Empty(Validate(map));
    }

    [Fact]
    public void RulesReportWithJsonPointersInRuleOrder()
    {
        var nodes = new[]
        {
            Node(0, "q", NodeKind.Question), Node(1, "c"), Node(2, "c"), Node(3, "q2", NodeKind.Question),
            Node(4, "e", NodeKind.Evidence, new EvidenceDetails("w", SourceId: "nosrc", CitedInId: "c")),
        };
        var relations = new[] { Rel("c", "q", 0), Rel("e", "c", 1), Rel("e", "missing", 2), Rel("c", "s", 3), Rel("e", "c", 4) };
        var undercuts = new[] { new Undercut("e", new RelationKey("q", "c"), 0, "/nodes/4/undercuts/0") };
        var sources = new[] { new Source("s", null, "T\u0007", [], Url: "file:///x", Origin: "/sources/0") };
        var map = new ArgumentMap(1, null, null, "gone", nodes, relations, undercuts, sources);
        Assert.Equal(
        [
            "AM021 Error /nodes/3/type /nodes/0/type",
            "AM022 Error /nodes/2/id /nodes/1/id",
            "AM023 Error /rel/2",
            "AM028 Error /rel/3",
            "AM026 Error /nodes/4/undercuts/0",
            "AM024 Error /nodes/4/source",
            "AM028 Error /nodes/4/citedIn",
            "AM024 Error /about",
            "AM106 Warning /rel/4 /rel/1",
            "AM104 Warning /sources/0/title",
            "AM105 Warning /sources/0/URL",
        ], Validate(map));
    }

    [Fact]
    public void NoQuestionPointsAtTheNodesArrayOrTheRoot()
    {
        Assert.Equal(["AM020 Error /nodes"], Validate(new ArgumentMap(1, null, null, null, [Node(0, "c")], [], [], [])));
        Assert.Equal(["AM020 Error"], Validate(new ArgumentMap(1, null, null, null, [], [], [], [])));
    }

    [Fact]
    public void SelfSupportIsAnErrorAndSelfContestIsNotACycle()
    {
        var nodes = new[] { Node(0, "q", NodeKind.Question), Node(1, "c"), Node(2, "d") };
        var map = new ArgumentMap(1, null, null, null, nodes,
            [Rel("c", "q", 0), Rel("c", "c", 1, RelationKind.Contests), Rel("d", "q", 2, RelationKind.Contests), Rel("q", "d", 3)], [], []);
        Assert.Equal(["AM027 Error /rel/1", "AM029 Error /rel/3"], Validate(map));
    }

    [Fact]
    public void DiagnosticFormatting()
    {
        var d = new Diagnostic("AM022", Severity.Error, "duplicate id 'c'", new SourceLocation("a.json", 6, 13),
            RelatedLocation: new SourceLocation("a.json", 5, 13));
        Assert.Equal("a.json:6:13: error AM022: duplicate id 'c' (first at line 5, column 13)", d.ToString());
        Assert.Equal("warning AM103: x", new Diagnostic("AM103", Severity.Warning, "x").ToString());
        Assert.True(d.IsError);
    }
}
