using System.Text;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Json;
using static ArgMap.Formats.Tests.TestSupport;

namespace ArgMap.Formats.Tests.Json;

/// <summary>
/// Every diagnostic code the loader and validator report, each on a small inline file, with the exact line and column
/// (1-based, in characters) it points at.
/// </summary>
public class ArgumentFileLoaderTests
{
    private const string Valid = """
        {
          "argmap": 1,
          "nodes": [
            { "id": "q", "type": "question", "text": "Q?" },
            { "id": "c", "type": "claim", "text": "C", "supports": ["q"] }
          ]
        }
        """;

    [Fact]
    public void ValidFileHasNoDiagnosticsAndBuildsTheMap()
    {
        var result = Load(Valid);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Map!.Nodes.Count);
        Assert.Equal("c", Assert.Single(result.Map.Relations).From);
        Assert.Equal(FileName, result.Map.FilePath);
    }

    // ---- AM001-AM006: reading the file ----

    [Fact]
    public void AM001_SyntaxErrorPointsAtTheOffendingToken()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q" "type": "question", "text": "Q?" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM001 Error 4:17");
        Assert.Null(result.Map);
        Assert.StartsWith("malformed JSON", result.Diagnostics[0].Message);
        Assert.DoesNotContain("LineNumber", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM001_MultibyteCharactersBeforeASyntaxErrorCountOneColumnEach()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "中文" "x": 1 }
              ]
            }
            """);
        AssertDiagnostics(result, "AM001 Error 4:51");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \r\n\t\n  ")]
    public void AM002_EmptyOrWhitespaceOnlyFile(string text)
    {
        var result = Load(text);
        AssertDiagnostics(result, "AM002 Error 1:1");
        Assert.Null(result.Map);
    }

    [Fact]
    public void AM002_ByteOrderMarkOnlyIsEmpty()
    {
        AssertDiagnostics(LoadBytes([0xEF, 0xBB, 0xBF, (byte)'\n']), "AM002 Error 1:1");
    }

    [Fact]
    public void AM003_InvalidUtf8PointsAtTheBadByte()
    {
        // Line 2 is `  "x": "é` then 0xFF: 9 characters before the bad byte (é is 2 bytes but one column).
        var bytes = Encoding.UTF8.GetBytes("{\n  \"x\": \"é").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();
        var result = LoadBytes(bytes);
        AssertDiagnostics(result, "AM003 Error 2:10");
        Assert.Contains("0xFF", result.Diagnostics[0].Message);
        Assert.Null(result.Map);
    }

    [Fact]
    public void AM003_TruncatedMultibyteSequenceAtEnd()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\": \"").Concat(new byte[] { 0xE4, 0xB8 }).ToArray();
        AssertDiagnostics(LoadBytes(bytes), "AM003 Error 1:8");
    }

    [Fact]
    public void AM004_NestingDeeperThan64()
    {
        // The root object is level 1; the 64th array opens level 65. Line 4 is `  "x": ` (7 characters) then the arrays.
        var json = "{\n  \"argmap\": 1,\n  \"nodes\": [],\n  \"x\": " + new string('[', 70) + new string(']', 70) + "\n}";
        var result = Load(json);
        AssertDiagnostics(result, "AM004 Error 4:71");
        Assert.Contains("64", result.Diagnostics[0].Message);
    }

    [Fact]
    public void NestingOf64LevelsIsAccepted()
    {
        var json = "{\n  \"argmap\": 1,\n  \"nodes\": [],\n  \"x\": " + new string('[', 63) + new string(']', 63) + "\n}";
        var result = Load(json);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.NestingTooDeep or DiagnosticCodes.MalformedJson);
        Assert.NotNull(result.Map);
    }

    [Fact]
    public void AM005_FileOverTheSizeLimit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"argmap-big-{Guid.NewGuid():N}.json");
        try
        {
            System.IO.File.WriteAllText(path, Valid);
            var diagnostics = new List<Diagnostic>();
            Assert.Null(Input.InputReader.Read(path, diagnostics, maxBytes: 20));
            var d = Assert.Single(diagnostics);
            Assert.Equal(("AM005", Severity.Error, 1, 1, path), (d.Code, d.Severity, d.Location!.Line, d.Location.Column, d.Location.File));

            diagnostics.Clear();
            Assert.NotNull(Input.InputReader.Read(path, diagnostics, maxBytes: Encoding.UTF8.GetByteCount(Valid)));
            Assert.Empty(diagnostics);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void AM005_StreamOverTheSizeLimit()
    {
        var diagnostics = new List<Diagnostic>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid));
        Assert.Null(Input.InputReader.ReadStream(stream, "<stdin>", diagnostics, maxBytes: 10));
        Assert.Equal("AM005", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void AM006_MissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"argmap-missing-{Guid.NewGuid():N}.json");
        var result = MapLoader.Load(path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("AM006", Severity.Error, 1, 1, path), (d.Code, d.Severity, d.Location!.Line, d.Location.Column, d.Location.File));
        Assert.Contains("not found", d.Message);
        Assert.Null(result.Map);
    }

    [Fact]
    public void AM006_FolderInsteadOfFile()
    {
        var result = MapLoader.Load(Path.GetTempPath());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("AM006", d.Code);
        Assert.Contains("folder", d.Message);
    }

    // ---- AM010-AM014: the shape of the document ----

    [Fact]
    public void AM010_WrongTypePointsAtTheValue()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "tags": "x", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM010 Error 5:56");
        Assert.Contains("\"tags\" must be an array", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM010_WeightAsText()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "weight": "high", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM010 Error 5:58");
    }

    [Fact]
    public void AM011_MissingRequiredFieldPointsAtTheObject()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM011 Error 5:5");
        Assert.Contains("node 'c' is missing the required field \"text\"", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM011_EvidenceWithoutQuote()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "e", "type": "evidence", "source": "s", "supports": ["c"] }
              ],
              "sources": [ { "id": "s" } ]
            }
            """);
        AssertDiagnostics(result, "AM011 Error 6:5");
        Assert.Contains("\"quote\"", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM011_TargetObjectWithoutTo()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": [{ "label": "L" }] }
              ]
            }
            """);
        // The node now reaches nothing, so it is also reported as unreachable (at its id).
        AssertDiagnostics(result, "AM102 Warning 5:13", "AM011 Error 5:61");
    }

    [Fact]
    public void AM011_NodeWithoutId()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "type": "claim", "text": "C", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM011 Error 5:5");
        Assert.Contains("\"id\"", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM011_MissingNodes()
    {
        var result = Load("""
            {
              "argmap": 1
            }
            """);
        Assert.Contains("AM011 Error 1:1", Described(result));
        Assert.Contains(result.Diagnostics, d => d.Code == "AM011" && d.Message.Contains("\"nodes\""));
    }

    [Fact]
    public void AM012_UnknownNodeTypeWithSuggestion()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claimm", "text": "C", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM012 Error 5:26");
        Assert.Contains("did you mean 'claim'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM013_UnsupportedVersionPointsAtTheValue()
    {
        var result = Load("""
            {
              "argmap": 2,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM013 Error 2:13");
        Assert.Contains("version 2", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM013_MissingVersionPointsAtTheRootObject()
    {
        var result = Load("""
            {
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM013 Error 1:1");
    }

    [Fact]
    public void AM014_WeightOutOfRange()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "weight": 1.5, "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM014 Error 5:58");
        Assert.Contains("between 0 and 1", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM014_BadDate()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "e", "type": "evidence", "quote": "w", "date": "May 1937", "source": "s", "supports": ["c"] }
              ],
              "sources": [ { "id": "s" } ]
            }
            """);
        AssertDiagnostics(result, "AM014 Error 6:60");
        Assert.Contains("ISO 8601", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM014_BadId()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c d", "type": "claim", "text": "C", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM014 Error 5:13");
    }

    // ---- AM020-AM029: the argument's structure ----

    [Fact]
    public void AM020_NoQuestionPointsAtTheNodesArray()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "c", "type": "claim", "text": "C" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM020 Error 3:12");
    }

    [Fact]
    public void AM021_SecondQuestionAtTheSecondWithTheFirstRelated()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "q2", "type": "question", "text": "Q2?" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM021 Error 5:27");
        var d = result.Diagnostics[0];
        Assert.Equal((4, 26), (d.RelatedLocation!.Line, d.RelatedLocation.Column));
        Assert.EndsWith("(first at line 4, column 26)", d.FullMessage);
    }

    [Fact]
    public void AM022_DuplicateNodeIdAtTheSecondWithTheFirstRelated()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "c", "type": "claim", "text": "D" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM022 Error 6:13");
        var d = result.Diagnostics[0];
        Assert.Equal((5, 13), (d.RelatedLocation!.Line, d.RelatedLocation.Column));
        Assert.Contains("already used by a node", d.Message);
    }

    [Fact]
    public void AM022_SourceIdClashingWithANodeId()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] }
              ],
              "sources": [
                { "id": "c", "title": "T" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM022 Error 8:13");
        Assert.Equal((5, 13), (result.Diagnostics[0].RelatedLocation!.Line, result.Diagnostics[0].RelatedLocation!.Column));
    }

    [Fact]
    public void AM023_DanglingTargetAtTheTargetString()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["qq"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM102 Warning 5:13", "AM023 Error 5:61");
        Assert.Contains("did you mean 'q'", result.Diagnostics[1].Message);
    }

    [Fact]
    public void AM023_DanglingTargetInObjectFormAtTheToValue()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "d", "type": "claim", "text": "D", "supports": ["q", { "to": "zz", "label": "L" }] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM023 Error 6:74");
    }

    [Fact]
    public void AM024_AM025_UnknownSourceAndCitedInAtTheirValues()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "e", "type": "evidence", "quote": "words", "source": "smith", "citedIn": "jones", "supports": ["c"] }
              ],
              "sources": [
                { "id": "smyth", "title": "T" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM024 Error 6:66", "AM025 Error 6:86");
        Assert.Contains("did you mean 'smyth'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM024_UnknownAboutAtItsValue()
    {
        var result = Load("""
            {
              "argmap": 1,
              "about": "nosuch",
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM024 Error 3:12");
    }

    [Fact]
    public void AM026_UndercutNamingAMissingRelationAtTheUndercutObject()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "r", "type": "rebuttal", "text": "R", "contests": ["c"],
                  "undercuts": [{ "from": "q", "to": "c" }] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM026 Error 7:21");
        Assert.Contains("'q' neither supports nor contests 'c'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM027_NodeContestingItself()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"], "contests": ["c"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM027 Error 5:80");
    }

    [Fact]
    public void AM027_UndercuttingARelationItIsPartOf()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"],
                  "undercuts": [{ "from": "c", "to": "q" }] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM027 Error 6:21");
    }

    [Fact]
    public void AM028_RelationToASourceAndSourceNamingANode()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q", "s"] },
                { "id": "e", "type": "evidence", "quote": "w", "source": "c", "supports": ["c"] }
              ],
              "sources": [ { "id": "s" } ]
            }
            """);
        AssertDiagnostics(result, "AM028 Error 5:66", "AM028 Error 6:62");
    }

    [Fact]
    public void AM029_QuestionWithRelations()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?", "supports": ["c"] },
                { "id": "c", "type": "claim", "text": "C", "contests": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM029 Error 4:65");
    }

    // ---- AM100-AM106: warnings ----

    [Fact]
    public void AM100_UnknownFieldAtTheNameWithSuggestion()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "suports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM102 Warning 5:13", "AM100 Warning 5:48");
        Assert.Contains("did you mean \"supports\"", result.Diagnostics[1].Message);
        Assert.False(result.HasErrors);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void AM100_TopLevelAndCslNearMisses()
    {
        var result = Load("""
            {
              "argmap": 1,
              "titel": "T",
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" }
              ],
              "sources": [ { "id": "s", "auhtor": [], "zotero-key": "x" } ]
            }
            """);
        AssertDiagnostics(result, "AM100 Warning 3:3", "AM100 Warning 7:29");
        Assert.Contains("did you mean \"title\"", result.Diagnostics[0].Message);
        Assert.Contains("did you mean \"author\"", result.Diagnostics[1].Message);
        // CSL is open: every unknown variable is kept.
        Assert.Equal(["auhtor", "zotero-key"], result.Map!.Sources[0].Extra!.Keys.ToArray());
    }

    [Fact]
    public void AM100_EvidenceFieldOnAClaim()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "quote": "w", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM100 Warning 5:48");
        Assert.Contains("applies only to evidence", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM101_SupportCycleAtTheFirstNodeOfTheCycle()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "a", "type": "claim", "text": "A", "supports": ["q", "b"] },
                { "id": "b", "type": "claim", "text": "B", "supports": ["a"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM101 Warning 5:13");
        Assert.Contains("a -> b", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM102_UnreachableNodeAtItsId()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "x", "type": "claim", "text": "X" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM102 Warning 6:13");
        Assert.Contains("'x'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void AM103_EvidenceWithoutSourceAtItsId()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"] },
                { "id": "e", "type": "evidence", "quote": "w", "supports": ["c"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM103 Warning 6:13");
    }

    [Fact]
    public void AM104_ControlCharacterAtTheTextValue()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "bad\u0001char", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM104 Warning 5:43");
        Assert.Contains("U+0001", result.Diagnostics[0].Message);
        Assert.Equal("bad\u0001char", result.Map!.Nodes[1].Text); // kept in the data
    }

    [Fact]
    public void AM105_UnsafeUrlAtTheUrlValue()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" }
              ],
              "sources": [
                { "id": "s", "URL": "javascript:alert(1)" }
              ]
            }
            """);
        AssertDiagnostics(result, "AM105 Warning 7:25");
        Assert.Equal("javascript:alert(1)", result.Map!.Sources[0].Url);
    }

    [Fact]
    public void AM106_DuplicateRelationAtTheSecondWithTheFirstRelated()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q", "q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM106 Warning 5:66");
        Assert.Equal((5, 61), (result.Diagnostics[0].RelatedLocation!.Line, result.Diagnostics[0].RelatedLocation!.Column));
    }

    [Fact]
    public void AM015_FormattingRefusesToDropComments()
    {
        var (text, problems) = ArgMap.Formats.Json.CanonicalJson.FormatText("""
            {
              "argmap": 1,
              // the headline question
              "nodes": [{ "id": "q", "type": "question", "text": "Q?" }]
            }
            """, "map.json");
        Assert.Null(text);
        var problem = Assert.Single(problems);
        Assert.Equal(("AM015", Severity.Error, 3, 3), (problem.Code, problem.Severity, problem.Location!.Line, problem.Location.Column));
    }

    [Fact]
    public void EveryDiagnosticCodeIsCoveredByATestHere()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(29, codes.Distinct().Count());
        var tests = typeof(ArgumentFileLoaderTests).GetMethods().Select(m => m.Name).ToList();
        Assert.All(codes, code => Assert.Contains(tests, name => name.Contains(code + "_", StringComparison.Ordinal)));
    }

    // ---- Input handling and reporting ----

    [Fact]
    public void ByteOrderMarkIsAcceptedAndColumnsAreUnaffected()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        Assert.Empty(LoadBytes([.. bom, .. Encoding.UTF8.GetBytes(Valid)]).Diagnostics);

        var bad = Encoding.UTF8.GetBytes("""{"argmap": 2, "nodes": [{ "id": "q", "type": "question", "text": "Q?" }]}""");
        AssertDiagnostics(LoadBytes([.. bom, .. bad]), "AM013 Error 1:12");
    }

    [Fact]
    public void MultibyteCharactersBeforeASchemaErrorCountOneColumnEach()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "é→中", "tags": "x", "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM010 Error 5:58");
    }

    [Fact]
    public void CrLfLineEndingsGiveTheSameLinesAndColumns()
    {
        var json = """
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "tags": "x", "supports": ["q"] }
              ]
            }
            """.ReplaceLineEndings("\r\n");
        AssertDiagnostics(Load(json), "AM010 Error 5:56");
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAccepted()
    {
        var result = Load("""
            {
              // a line comment
              "argmap": 1, /* a block comment */
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?", },
                /* before a node */ { "id": "c", "type": "claim", "text": "C", "supports": ["q",], },
              ],
            }
            """);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Map!.Nodes.Count);
    }

    [Fact]
    public void PositionsAfterCommentsAreExact()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [ // the nodes
                { "id": "q", "type": "question", "text": "Q?" }, /* x */ { "id": "c", "type": "claim", "text": "C", "tags": 5, "supports": ["q"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM010 Error 4:113");
    }

    [Fact]
    public void EveryProblemInAFileIsReportedAtOnceSortedByPosition()
    {
        var result = Load("""
            {
              "argmap": 2,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "tags": "x", "supports": ["q"] },
                { "id": "d", "type": "claim", "text": "D", "supports": ["q", "zz"] },
                { "id": "e", "type": "evidence", "quote": "w", "supports": ["c"], "colour": "red" }
              ]
            }
            """);
        AssertDiagnostics(result,
            "AM013 Error 2:13",
            "AM010 Error 5:56",
            "AM023 Error 6:66",
            "AM103 Warning 7:13",
            "AM100 Warning 7:71");
        Assert.NotNull(result.Map);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void AWrongTypedFieldDoesNotHideOtherProblemsInTheSameNode()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": 42, "weight": "x", "supports": ["q", "nope"] }
              ]
            }
            """);
        AssertDiagnostics(result, "AM010 Error 5:43", "AM010 Error 5:57", "AM023 Error 5:80");
    }

    [Fact]
    public void DiagnosticsAreSortedByLineThenColumn()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "x", "type": "claim", "text": "X" },
                { "id": "e", "type": "evidence", "quote": "w", "supports": ["c"] },
                { "id": "c", "type": "claim", "text": "C", "supports": ["q"], "colr": 1 },
                { "id": "q", "type": "question", "text": "Q?" }
              ]
            }
            """);
        var positions = result.Diagnostics.Select(d => (d.Location!.Line, d.Location.Column)).ToList();
        Assert.Equal(positions.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList(), positions);
        AssertDiagnostics(result, "AM102 Warning 4:13", "AM103 Warning 5:13", "AM100 Warning 6:67");
    }

    [Fact]
    public void EvidenceDatedOutsideTheClaimPeriodIsNotReportedByValidate()
    {
        var result = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "period": { "from": "1937-07", "to": "1938-11" }, "contests": ["q"] },
                { "id": "e", "type": "evidence", "quote": "w", "date": "1933-05-08", "source": "s", "supports": ["c"] },
                { "id": "f", "type": "evidence", "quote": "v", "date": "1956", "source": "s", "contests": ["c"] }
              ],
              "sources": [ { "id": "s", "title": "S", "issued": { "date-parts": [[2002, 1]] } } ]
            }
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new Core.Model.Period("1937-07", "1938-11"), result.Map!.Nodes[1].Period);
        Assert.Equal("1933-05-08", result.Map.Nodes[2].Evidence!.Date);
    }

    [Fact]
    public void StdinIsNamedInDiagnosticsButNotKeptAsFilePath()
    {
        var result = ArgumentFileLoader.LoadText(Valid, "<stdin>");
        Assert.Null(result.Map!.FilePath);
    }

    [Fact]
    public void RootThatIsNotAnObject()
    {
        var result = Load("[1, 2]");
        Assert.Equal(["AM010 Error 1:1"], Described(result));
    }

    [Fact]
    public void DiagnosticToStringUsesTheCompilerConvention()
    {
        var d = Load("""
            {
              "argmap": 1,
              "nodes": [
                { "id": "q", "type": "question", "text": "Q?" },
                { "id": "c", "type": "claim", "text": "C", "supports": ["qq"] }
              ]
            }
            """).Diagnostics.Single(x => x.Code == "AM023");
        Assert.Equal("t.json:5:61: error AM023: 'c' supports 'qq', but no node has that id (did you mean 'q'?)", d.ToString());
    }
}
