namespace ArgMap.Layout;

/// <summary>Settings of <see cref="LayeredLayout.Compute"/>.</summary>
public sealed record LayoutOptions
{
    /// <summary>The default options.</summary>
    public static LayoutOptions Default { get; } = new();

    /// <summary>Direction in which ranks advance.</summary>
    public LayoutDirection Direction { get; init; } = LayoutDirection.TopDown;

    /// <summary>Minimum gap between two boxes of the same rank.</summary>
    public double NodeSpacing { get; init; } = 24;

    /// <summary>Gap between consecutive ranks (where edges bend).</summary>
    public double RankSpacing { get; init; } = 64;

    /// <summary>Minimum gap between two edges passing through the same rank.</summary>
    public double EdgeSpacing { get; init; } = 12;

    /// <summary>Upper bound on the number of crossing-reduction sweeps (it is lowered automatically for large graphs).</summary>
    public int MaxCrossingSweeps { get; init; } = 24;
}
