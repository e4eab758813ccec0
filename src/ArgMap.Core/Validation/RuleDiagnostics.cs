using ArgMap.Core.Diagnostics;

namespace ArgMap.Core.Validation;

/// <summary>Shorthands for rules: a diagnostic at a JSON pointer below an element's origin.</summary>
internal static class RuleDiagnostics
{
    public static Diagnostic Error(string code, string message, string? origin, string? member = null, string? related = null) =>
        new(code, Severity.Error, message, null, At(origin, member), related);

    public static Diagnostic Warning(string code, string message, string? origin, string? member = null, string? related = null) =>
        new(code, Severity.Warning, message, null, At(origin, member), related);

    public static string? At(string? origin, string? member) =>
        origin is null ? null : member is null ? origin : origin + "/" + member;
}
