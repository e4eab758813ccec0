using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Formats;

/// <summary>
/// What loading one file gave: the map and its graph (null when the file could not be read or parsed at all) and
/// every problem found, sorted by position. A map with error diagnostics is returned too, for tools that want to
/// show what they can, but commands that draw or reason refuse it.
/// </summary>
public sealed record LoadResult(
    ArgumentMap? Map,
    ArgumentGraph? Graph,
    IReadOnlyList<Diagnostic> Diagnostics,
    Func<string, SourceLocation?>? Locator = null)
{
    /// <summary>
    /// Where a JSON pointer (an element's <c>Origin</c>) is in the file, for reports made after loading (lints);
    /// null when the format has no such positions.
    /// </summary>
    public SourceLocation? Locate(string? pointer) => pointer is null ? null : Locator?.Invoke(pointer);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool HasWarnings => Diagnostics.Any(d => d.Severity == Severity.Warning);

    /// <summary>True when the map can be used: it was read and has no errors.</summary>
    public bool Succeeded => Map is not null && Graph is not null && !HasErrors;
}
