using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Json;
using static ArgMap.Formats.Tests.Writers.WriterTestSupport;

namespace ArgMap.Formats.Tests.Writers;

public sealed class CanonicalJsonTests
{
    private static string Format(string json, bool dropComments = false)
    {
        var (text, problems) = CanonicalJson.FormatText(json, "t.json", dropComments);
        Assert.True(text is not null, string.Join("\n", problems));
        return text!;
    }

    [Fact]
    public void Unknown_members_are_kept_after_the_known_ones_in_their_original_order()
    {
        const string input = """
            { "zeta": [1, {"b": 2.50, "a": null}], "nodes": [
                { "x-extra": "kept", "supports": [], "text": "Q?", "type": "question", "id": "q", "aardvark": true },
                { "contests": [{ "weight": 0.5, "to": "q", "custom": "c" }, { "to": "q2" }], "type": "claim", "id": "c", "text": "C",
                  "period": { "to": "1938", "note": "p", "from": "1937" } },
                { "id": "q2", "type": "claim", "text": "D", "supports": ["q"] },
                { "undercuts": [{ "to": "q", "from": "c", "why": 1 }], "id": "u", "type": "rebuttal", "text": "U" }
              ],
              "argmap": 1, "alpha": "a", "$schema": "../schema/argmap.schema.json",
              "sources": [ { "zotero-key": "K", "title": "T", "abstract": "A", "id": "s", "x": {"n": [ ]} } ] }
            """;
        var expected = """
            {
              "$schema": "../schema/argmap.schema.json",
              "argmap": 1,
              "nodes": [
                {
                  "id": "q",
                  "type": "question",
                  "text": "Q?",
                  "supports": [],
                  "x-extra": "kept",
                  "aardvark": true
                },
                {
                  "id": "c",
                  "type": "claim",
                  "text": "C",
                  "period": {
                    "from": "1937",
                    "to": "1938",
                    "note": "p"
                  },
                  "contests": [
                    {
                      "to": "q",
                      "weight": 0.5,
                      "custom": "c"
                    },
                    "q2"
                  ]
                },
                {
                  "id": "q2",
                  "type": "claim",
                  "text": "D",
                  "supports": [
                    "q"
                  ]
                },
                {
                  "id": "u",
                  "type": "rebuttal",
                  "text": "U",
                  "undercuts": [
                    {
                      "from": "c",
                      "to": "q",
                      "why": 1
                    }
                  ]
                }
              ],
              "sources": [
                {
                  "id": "s",
                  "title": "T",
                  "zotero-key": "K",
                  "abstract": "A",
                  "x": {
                    "n": []
                  }
                }
              ],
              "zeta": [
                1,
                {
                  "b": 2.50,
                  "a": null
                }
              ],
              "alpha": "a"
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Format(input));
    }

    [Fact]
    public void Comments_are_refused_with_the_location_of_the_first_one()
    {
        const string input = "{\n  \"argmap\": 1,\n  \"nodes\": [\n    { \"id\": \"q\", \"type\": \"question\", \"text\": \"Q\" } /* why */\n  ] // end\n}\n";
        var (text, problems) = CanonicalJson.FormatText(input, "t.json");
        Assert.Null(text);
        var problem = Assert.Single(problems, p => p.IsError);
        Assert.Equal(DiagnosticCodes.CommentsWouldBeLost, problem.Code);
        Assert.Equal("AM015", problem.Code);
        Assert.Equal(new SourceLocation("t.json", 4, 52), problem.Location);
    }

    [Fact]
    public void Comments_are_dropped_when_asked()
    {
        const string input = "// header\n{ \"argmap\": 1, \"nodes\": [ { \"id\": \"q\", \"type\": \"question\", \"text\": \"Q\" }, ], }\n";
        var (text, problems) = CanonicalJson.FormatText(input, "t.json", dropComments: true);
        Assert.DoesNotContain(problems, p => p.IsError);
        Assert.Equal("{\n  \"argmap\": 1,\n  \"nodes\": [\n    {\n      \"id\": \"q\",\n      \"type\": \"question\",\n      \"text\": \"Q\"\n    }\n  ]\n}\n", text);
    }

    [Fact]
    public void A_file_with_errors_is_not_formatted()
    {
        var (text, problems) = CanonicalJson.FormatText("{ \"argmap\": 1, \"nodes\": [ { \"id\": \"c\", \"type\": \"claim\", \"text\": \"C\" } ] }", "t.json");
        Assert.Null(text);
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.NoQuestion);
        var (text2, problems2) = CanonicalJson.FormatText("{ \"argmap\": 1, ", "t.json");
        Assert.Null(text2);
        Assert.Contains(problems2, p => p.Code == DiagnosticCodes.MalformedJson);
    }

    [Fact]
    public void Warnings_do_not_stop_formatting_and_are_returned()
    {
        var (text, problems) = CanonicalJson.FormatText("{ \"argmap\": 1, \"nodes\": [ { \"id\": \"q\", \"type\": \"question\", \"text\": \"Q\", \"suports\": [] } ] }", "t.json");
        Assert.NotNull(text);
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.UnknownField);
        Assert.Contains("\"suports\": []", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Examples_format_idempotently_and_keep_their_content(string name)
    {
        var original = File.ReadAllText(Path.Combine(ExamplesFolder, name + ".json"));
        var once = Format(original);
        Assert.Equal(once, Format(once));
        // Only the layout changes: the file means the same, field by field, and keeps its $schema.
        var before = LoadExample(name);
        var after = ArgumentFileLoader.LoadText(once).Map!;
        Assert.Equal(DescribeNodes(before), DescribeNodes(after));
        Assert.Equal(DescribeRelations(before), DescribeRelations(after));
        Assert.Equal(DescribeUndercuts(before), DescribeUndercuts(after));
        Assert.Equal(DescribeSources(before), DescribeSources(after));
        Assert.StartsWith("{\n  \"$schema\": \"../schema/argmap.schema.json\",\n  \"argmap\": 1,", once, StringComparison.Ordinal);
    }

    /// <summary>The writer's output is already canonical: fmt leaves it as it is.</summary>
    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Writer_output_is_a_fixed_point_of_Format(string name)
    {
        var written = ArgumentMapJsonWriter.Write(LoadExample(name));
        Assert.Equal(written, Format(written));
    }

    [Fact]
    public void Format_and_the_writer_agree_on_a_file_without_unknown_members()
    {
        const string input = """
            { "nodes": [ { "text": "Q", "type": "question", "id": "q" },
                         { "supports": [ { "to": "q" } ], "weight": 0.5, "text": "C", "id": "c", "type": "claim" } ],
              "argmap": 1 }
            """;
        var formatted = Format(input);
        Assert.Equal(ArgumentMapJsonWriter.Write(ArgumentFileLoader.LoadText(input).Map!), formatted);
    }
}
