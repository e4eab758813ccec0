using ArgMap.Core.Model;
using ArgMap.Formats.Json;
using static ArgMap.Formats.Tests.Writers.WriterTestSupport;

namespace ArgMap.Formats.Tests.Writers;

public sealed class ArgumentMapJsonWriterTests
{
    /// <summary>write -> load -> write is a fixed point, and the reloaded map equals the original field by field.</summary>
    private static void AssertRoundTrip(ArgumentMap original, bool compareSources = true)
    {
        var text = ArgumentMapJsonWriter.Write(original);
        var reloaded = ArgumentFileLoader.LoadText(text, "written.json");
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics.Where(d => d.IsError)) + "\n" + text);
        var map = reloaded.Map!;
        Assert.Equal(text, ArgumentMapJsonWriter.Write(map));
        Assert.Equal(DescribeNodes(original), DescribeNodes(map));
        Assert.Equal(DescribeRelations(original), DescribeRelations(map));
        Assert.Equal(DescribeUndercuts(original), DescribeUndercuts(map));
        if (compareSources)
        {
            Assert.Equal(DescribeSources(original), DescribeSources(map));
        }
        Assert.Equal(original.Title, map.Title);
        Assert.Equal(original.Subtitle, map.Subtitle);
        Assert.Equal(original.About, map.About);
    }

    [Theory]
    [MemberData(nameof(Examples), MemberType = typeof(WriterTestSupport))]
    public void Example_round_trips(string name) => AssertRoundTrip(LoadExample(name));

    [Theory]
    [MemberData(nameof(CorpusSample), MemberType = typeof(WriterTestSupport))]
    public void Imported_corpus_map_round_trips(string file)
    {
        if (file == CorpusAbsent)
        {
            return; // the corpus (../shared/corpus) is absent; nothing to check
        }
        var loaded = MapLoader.Load(Path.Combine(CorpusRoot()!, file));
        Assert.True(loaded.Map is not null && !loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError)));
        AssertRoundTrip(loaded.Map!);
    }

    [Fact]
    public void Writes_the_canonical_layout()
    {
        var map = new ArgumentMap(1, "Tïtle \"quoted\" 😀", null, null,
            [
                new ArgumentNode("q", NodeKind.Question, "Q?\nline\ttab\u0001", ["a"]),
                new ArgumentNode("c", NodeKind.Claim, "C", [], Weight: 0.1 + 0.2, Period: new Period("1937", null)),
                new ArgumentNode("e", NodeKind.Evidence, null, [], Evidence: new EvidenceDetails("«quote» \\ /", "s", PrimaryChecked: true)),
            ],
            [
                new Relation(RelationKind.Supports, "e", "c", Order: 2),
                new Relation(RelationKind.Supports, "c", "q", "because", 1, Order: 0),
                new Relation(RelationKind.Contests, "e", "q", Weight: 0.25, Order: 1),
            ],
            [],
            [new Source("s", "book", "T", [new PersonName("F", "G", null)], [2020, 1], Extra: new Dictionary<string, string>
            {
                ["zz"] = "{\"b\":  1.50, \"a\": [ ]}",
                ["ISBN"] = "\"978\"",
            })]);
        var expected = """
            {
              "argmap": 1,
              "title": "Tïtle \"quoted\" 😀",
              "nodes": [
                {
                  "id": "q",
                  "type": "question",
                  "text": "Q?\nline\ttab\u0001",
                  "tags": [
                    "a"
                  ]
                },
                {
                  "id": "c",
                  "type": "claim",
                  "text": "C",
                  "weight": 0.30000000000000004,
                  "period": {
                    "from": "1937"
                  },
                  "supports": [
                    {
                      "to": "q",
                      "label": "because",
                      "weight": 1
                    }
                  ]
                },
                {
                  "id": "e",
                  "type": "evidence",
                  "quote": "«quote» \\ /",
                  "source": "s",
                  "primaryChecked": true,
                  "supports": [
                    "c"
                  ],
                  "contests": [
                    {
                      "to": "q",
                      "weight": 0.25
                    }
                  ]
                }
              ],
              "sources": [
                {
                  "id": "s",
                  "type": "book",
                  "title": "T",
                  "author": [
                    {
                      "family": "F",
                      "given": "G"
                    }
                  ],
                  "issued": {
                    "date-parts": [
                      [
                        2020,
                        1
                      ]
                    ]
                  },
                  "ISBN": "978",
                  "zz": {
                    "b": 1.50,
                    "a": []
                  }
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), ArgumentMapJsonWriter.Write(map));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_so_the_text_stays_valid_UTF_8()
    {
        var map = new ArgumentMap(1, "a\uD800b", null, null, [new ArgumentNode("q", NodeKind.Question, "Q", [])], [], [], []);
        var text = ArgumentMapJsonWriter.Write(map);
        Assert.Contains("\"a\\uD800b\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_has_unix_line_ends_and_no_schema_member()
    {
        // The test host runs in globalization-invariant mode, so another culture cannot be set here; the writer
        // formats every number with CultureInfo.InvariantCulture explicitly.
        var text = ArgumentMapJsonWriter.Write(LoadExample("school-uniforms"));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
