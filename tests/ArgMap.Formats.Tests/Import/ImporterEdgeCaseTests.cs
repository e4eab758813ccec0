using System.Text;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Aif;
using ArgMap.Formats.Carneades;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;
using ArgMap.Formats.Microtext;

namespace ArgMap.Formats.Tests.Import;

/// <summary>The odd inputs the corpus does not (or not always) contain, one importer rule per test.</summary>
public sealed class ImporterEdgeCaseTests
{
    private static InputText Text(string s, string name = "t.json") => new(name, Encoding.UTF8.GetBytes(s));

    private static string[] Codes(ImportResult r) => r.Diagnostics.Select(d => d.Code).ToArray();

    [Fact]
    public void Aif_malformed_json_is_one_located_error()
    {
        var r = AifImporter.Import(Text("{\"nodes\": [\n  {\"nodeID\": 1,}\n  x]}"), ImportOptions.Default);
        Assert.Null(r.Map);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticCodes.MalformedJson, d.Code);
        Assert.Equal(3, d.Location!.Line);
    }

    [Fact]
    public void Aif_numeric_ids_html_self_loops_missing_nodes_and_undercut_of_ra()
    {
        const string json = """
        {"AIF": {"nodes": [
          {"nodeID": 1, "type": "I", "text": "Taxes <b>should</b> rise &amp; fast"},
          {"nodeID": 2, "type": "I", "text": "Schools need money"},
          {"nodeID": 3, "type": "RA", "text": "Default Inference"},
          {"nodeID": 4, "type": "I", "text": "Money is wasted"},
          {"nodeID": 5, "type": "CA", "text": "Default Conflict"},
          {"nodeID": 6, "type": "I", "text": "It is not wasted"},
          {"nodeID": 7, "type": "MA", "text": "Default Rephrase"},
          {"nodeID": 8, "type": "MA", "text": "Default Rephrase"},
          {"nodeID": 9, "type": "L", "text": "Ann : schools need money"},
          {"nodeID": 10, "type": "YA", "text": "Asserting"}
        ],
        "edges": [
          {"fromID": 2, "toID": 3}, {"fromID": 3, "toID": 1},
          {"fromID": 4, "toID": 5}, {"fromID": 5, "toID": 3},
          {"fromID": 6, "toID": 7}, {"fromID": 7, "toID": 4},
          {"fromID": 4, "toID": 8}, {"fromID": 8, "toID": 6},
          {"fromID": 9, "toID": 10}, {"fromID": 10, "toID": 2},
          {"fromID": 9, "toID": 9}, {"fromID": 2, "toID": 99}
        ], "locutions": []}}
        """;
        var r = AifImporter.Import(Text(json), ImportOptions.Default);
        var map = r.Map!;
        Assert.Equal(["1", "2", "4", "6"], map.Nodes.Select(n => n.Id));
        Assert.Equal("Taxes should rise & fast", map.Nodes[0].Text);
        Assert.Equal(NodeKind.Question, map.Nodes[0].Kind);
        Assert.Equal("Ann", map.Nodes[1].By);
        Assert.Contains(new Relation(RelationKind.Supports, "2", "1", Order: 0, Origin: "/AIF/nodes/2"), map.Relations);
        Assert.Contains(map.Relations, r => r.From == "6" && r.To == "4" && r.Label == "rephrase");
        Assert.Contains(map.Relations, r => r.From == "4" && r.To == "6" && r.Label == "rephrase");
        var undercut = Assert.Single(map.Undercuts);
        Assert.Equal(("4", new RelationKey("2", "1")), (undercut.From, undercut.Target));
        Assert.Contains(ImportDiagnosticCodes.HtmlStripped, Codes(r));
        Assert.Contains(ImportDiagnosticCodes.SelfLoopDropped, Codes(r));
        Assert.Contains(ImportDiagnosticCodes.MissingEdgeEnd, Codes(r));
        Assert.Contains(ImportDiagnosticCodes.QuestionChosen, Codes(r));
        Assert.DoesNotContain(r.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Aif_question_option_drops_the_questions_own_relations()
    {
        const string json = """
        {"nodes": [{"nodeID": "a", "type": "I", "text": "A"}, {"nodeID": "b", "type": "I", "text": "B"}, {"nodeID": "r", "type": "RA", "text": "x"}],
         "edges": [{"fromID": "a", "toID": "r"}, {"fromID": "r", "toID": "b"}]}
        """;
        var r = AifImporter.Import(Text(json), new ImportOptions { Question = "a" });
        Assert.Equal(NodeKind.Question, r.Map!.Nodes[0].Kind);
        Assert.Empty(r.Map.Relations);
        Assert.Contains(r.Diagnostics, d => d.Code == ImportDiagnosticCodes.QuestionChosen && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Aif_without_i_nodes_gives_a_synthesised_question()
    {
        var r = AifImporter.Import(Text("{\"nodes\": [{\"nodeID\": \"1\", \"type\": \"L\", \"text\": \"x\"}], \"edges\": []}"), ImportOptions.Default);
        var q = Assert.Single(r.Map!.Nodes);
        Assert.Equal((NodeKind.Question, "(no argument content)"), (q.Kind, q.Text));
        Assert.Contains(ImportDiagnosticCodes.NoArgumentContent, Codes(r));
    }

    [Fact]
    public void Aif_keep_dialogue_puts_locutions_in_the_note()
    {
        const string json = """
        {"nodes": [{"nodeID": "1", "type": "I", "text": "p"}, {"nodeID": "2", "type": "L", "text": "Bob: p!"}, {"nodeID": "3", "type": "YA", "text": "Asserting"}],
         "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}
        """;
        var r = AifImporter.Import(Text(json), new ImportOptions { KeepDialogue = true });
        Assert.Equal("locution 2 (Asserting): Bob: p!", r.Map!.Nodes[0].Note);
        Assert.Equal("Bob", r.Map.Nodes[0].By);
    }

    [Fact]
    public void Carneades_malformed_yaml_is_a_located_error()
    {
        var r = CarneadesImporter.Import(Text("statements:\n  a: [x\n  b: y\n", "t.yml"), ImportOptions.Default);
        Assert.Null(r.Map);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.MalformedInput, d.Code);
        Assert.NotNull(d.Location);
    }

    [Fact]
    public void Carneades_yaml_syntax_error_has_its_line()
    {
        var r = CarneadesImporter.Import(Text("statements:\n  a: x\n   b: y\n", "t.yml"), ImportOptions.Default);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.MalformedInput, d.Code);
        Assert.Equal(3, d.Location!.Line);
    }

    [Fact]
    public void Carneades_maps_arguments_issues_undercutters_assumptions_and_expectations()
    {
        const string yaml = """
        statements:
          flies: Tweety flies.
          ¬flies: Tweety does not fly.
          bird: Tweety is a bird.
          penguin: Tweety is a penguin.
          ¬app(a1): a1 does not apply.
        issues:
          i1:
            positions: [flies, ¬flies]
        arguments:
          a1:
            conclusion: flies
            premises: [bird]
            undercutter: ¬app(a1)
          a2:
            conclusion: ¬flies
            premises: [penguin]
          a3:
            conclusion: ¬app(a1)
            premises: [penguin]
        assumptions: [bird, penguin]
        tests:
          in: [bird, ¬flies, ¬app(a1)]
          out: [flies]
        """;
        var input = Text(yaml, "t.yml");
        var r = CarneadesImporter.Import(input, ImportOptions.Default);
        var map = r.Map!;
        Assert.Equal(["flies", "not_flies", "bird", "penguin", "not_app_a1", "question"], map.Nodes.Select(n => n.Id));
        Assert.Equal(["assumption"], map.Nodes.Single(n => n.Id == "bird").Tags);
        Assert.Contains(map.Relations, x => x is { Kind: RelationKind.Supports, From: "bird", To: "flies", Label: "a1" });
        Assert.Contains(map.Relations, x => x is { Kind: RelationKind.Contests, From: "flies", To: "not_flies" });
        Assert.Contains(map.Relations, x => x is { Kind: RelationKind.Contests, From: "not_flies", To: "flies" });
        Assert.Equal(new RelationKey("bird", "flies"), Assert.Single(map.Undercuts).Target);
        Assert.Equal(["flies", "not_flies"], map.Relations.Where(x => x.To == "question").Select(x => x.From));
        var expected = CarneadesExpectations.Read(input);
        Assert.Equal("in", expected["not_app_a1"]);
        Assert.Equal("out", expected["flies"]);
        Assert.Equal(4, expected.Count);
    }

    [Fact]
    public void Carneades_empty_graph_gives_a_synthesised_question()
    {
        var r = CarneadesImporter.Import(Text("meta:\n  title: Empty\n", "t.yml"), ImportOptions.Default);
        Assert.Equal("(no argument content)", Assert.Single(r.Map!.Nodes).Text);
        Assert.Equal("Empty", r.Map.Title);
    }

    [Fact]
    public void Microtext_malformed_xml_is_a_located_error()
    {
        var r = MicrotextImporter.Import(Text("<arggraph id=\"x\">\n<edu id=\"e1\">a</edu>\n<adu id=\"a1\"\n</arggraph>", "t.xml"), ImportOptions.Default);
        Assert.Null(r.Map);
        Assert.Equal(ImportDiagnosticCodes.MalformedInput, Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void Detector_reads_top_level_members_not_just_the_head()
    {
        var padding = new string(' ', 5000);
        Assert.Equal(InputFormat.ArgdownJson, FormatDetector.Detect(Text("{\"statements\": {}," + padding + "\"arguments\": {}, \"relations\": []}"), "x.json"));
        Assert.Equal(InputFormat.Sadface, FormatDetector.Detect(Text("{\"edges\": [], \"metadata\": {}, \"nodes\": [], \"resources\": []}"), "x.json"));
        Assert.Equal(InputFormat.Aif, FormatDetector.Detect(Text("{\"nodes\": [{\"nodeID\": 1}], \"edges\": []}"), "x.json"));
        Assert.Equal(InputFormat.Carneades, FormatDetector.Detect(Text("meta:\n  title: x\n"), "x.yml"));
        Assert.Equal(InputFormat.ArgMap, FormatDetector.Detect(Text("{\"argmap\": 1, \"nodes\": []}"), "x.json"));
    }
}
