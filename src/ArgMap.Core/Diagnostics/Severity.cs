namespace ArgMap.Core.Diagnostics;

/// <summary>How serious a problem in a user's input is. Errors fail a command; warnings fail only with --strict.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
