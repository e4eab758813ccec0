using System.Text.Json;
using System.Text.Json.Serialization;
using ArgMap.Analysis.Evaluation;
using ArgMap.Analysis.Lints;
using ArgMap.Core.Diagnostics;
using ArgMap.Reasoning;

namespace ArgMap.Cli;

/// <summary>The machine-readable form of <c>argmap analyze --format json</c>: a stable contract for tools.</summary>
internal sealed record AnalysisReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("semantics")] string Semantics,
    [property: JsonPropertyName("verdict")] VerdictEntry Verdict,
    [property: JsonPropertyName("verdicts")] IReadOnlyList<VerdictEntry> Verdicts,
    [property: JsonPropertyName("labels")] Dictionary<string, string> Labels,
    [property: JsonPropertyName("scores")] Dictionary<string, double> Scores,
    [property: JsonPropertyName("explanations")] Dictionary<string, string> Explanations,
    [property: JsonPropertyName("lints")] IReadOnlyList<LintEntry> Lints,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes)
{
    public static AnalysisReport From(string file, Assessment a, Func<string?, SourceLocation?> locate) => new(
        file,
        a.Semantics.ToString().ToLowerInvariant(),
        VerdictEntry.From(a.Verdict),
        a.Verdicts.Select(VerdictEntry.From).ToList(),
        a.NodeIds.ToDictionary(id => id, id => LabelWord(a.Labels[id])),
        a.NodeIds.ToDictionary(id => id, id => a.Scores[id]),
        a.NodeIds.ToDictionary(id => id, id => a.Explanations[id]),
        a.Lints.Select(l => LintEntry.From(l, locate(l.JsonPath))).ToList(),
        a.Notes);

    public static string LabelWord(Label label) => label switch
    {
        Label.In => "in",
        Label.Out => "out",
        _ => "undec",
    };
}

internal sealed record VerdictEntry(
    [property: JsonPropertyName("semantics")] string Semantics,
    [property: JsonPropertyName("yes")] string Yes,
    [property: JsonPropertyName("no")] string No,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("exact")] bool Exact)
{
    public static VerdictEntry From(Verdict v) =>
        new(v.Semantics, v.Yes.ToString().ToLowerInvariant(), v.No.ToString().ToLowerInvariant(), v.Summary, v.Exact);
}

internal sealed record LintEntry(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("hint")] string Hint)
{
    public static LintEntry From(Lint l, SourceLocation? at) => new(l.Code, l.Name, l.NodeId, at?.Line, at?.Column, l.Message, l.Hint);
}

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnalysisReport))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;

internal static class AnalysisJson
{
    private static readonly AnalysisJsonContext Context = new(new JsonSerializerOptions(AnalysisJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(AnalysisReport report) =>
        JsonSerializer.Serialize(report, Context.AnalysisReport).ReplaceLineEndings("\n") + "\n";
}
