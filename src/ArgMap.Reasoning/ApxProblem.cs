namespace ArgMap.Reasoning;

/// <summary>A problem found while reading an ASPARTIX <c>.apx</c> file, at a 1-based line and column.</summary>
public sealed record ApxProblem(string FileName, int Line, int Column, string Message)
{
    /// <summary>The problem as <c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{FileName}:{Line}:{Column}: {Message}";
}
