using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>
/// The result of an extension enumeration: the extensions found (each ascending, listed in lexicographic order),
/// whether the search ran to completion, and how many steps it took.
/// </summary>
public sealed class ExtensionSet
{
    internal ExtensionSet(ImmutableArray<ImmutableArray<int>> extensions, bool exhaustive, long steps)
    {
        Extensions = extensions;
        Exhaustive = exhaustive;
        Steps = steps;
    }

    /// <summary>The extensions found, each an ascending array of arguments; sorted lexicographically.</summary>
    public ImmutableArray<ImmutableArray<int>> Extensions { get; }

    /// <summary>
    /// True when the search finished, so <see cref="Extensions"/> is the complete answer. False when it was cut short
    /// by <see cref="SearchLimits"/>: every extension listed is still genuine, but others may be missing.
    /// </summary>
    public bool Exhaustive { get; }

    /// <summary>The number of search steps used.</summary>
    public long Steps { get; }

    /// <summary>The number of extensions found.</summary>
    public int Count => Extensions.Length;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Count} extension(s){(Exhaustive ? "" : " (search cut short)")}: " +
        string.Join(" ", Extensions.Select(e => "{" + string.Join(",", e) + "}"));
}
