using System.Text.Json;
using System.Text.Json.Serialization;
using ArgMap.Core.Diagnostics;

namespace ArgMap.Cli;

/// <summary>The machine-readable form of diagnostics (<c>--format json</c>): a stable contract for tools.</summary>
internal sealed record DiagnosticsReport(
    [property: JsonPropertyName("files")] IReadOnlyList<FileReport> Files,
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("warnings")] int Warnings,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<DiagnosticEntry> Diagnostics);

internal sealed record FileReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("warnings")] int Warnings);

internal sealed record DiagnosticEntry(
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("jsonPath")] string? JsonPath)
{
    public static DiagnosticEntry From(Diagnostic d) =>
        new(d.Location?.File, d.Location?.Line, d.Location?.Column, d.Severity.ToString().ToLowerInvariant(), d.Code, d.FullMessage, d.JsonPath);
}

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiagnosticsReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

internal static class DiagnosticsJson
{
    // Messages quote names with ' and "; keep them readable rather than \u0027-escaped (the output is not HTML).
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(DiagnosticsReport report) =>
        JsonSerializer.Serialize(report, Context.DiagnosticsReport).ReplaceLineEndings("\n") + "\n";
}
