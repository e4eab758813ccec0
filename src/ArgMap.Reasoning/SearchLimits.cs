namespace ArgMap.Reasoning;

/// <summary>Bounds on an extension search so that it never hangs on a large or hard framework.</summary>
public sealed class SearchLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxExtensions">Stop after this many extensions have been found (at least 1).</param>
    /// <param name="maxSteps">Stop after this many search steps (label changes; at least 1).</param>
    public SearchLimits(int maxExtensions = 10_000, long maxSteps = 10_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExtensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1L);
        MaxExtensions = maxExtensions;
        MaxSteps = maxSteps;
    }

    /// <summary>The default limits: 10,000 extensions, 10 million steps (about one to three seconds on a 100,000-argument framework).</summary>
    public static SearchLimits Default { get; } = new();

    /// <summary>The maximum number of extensions reported.</summary>
    public int MaxExtensions { get; }

    /// <summary>The maximum number of search steps (one step is one label change).</summary>
    public long MaxSteps { get; }
}
