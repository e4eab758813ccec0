using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>The outcome of <see cref="DfQuadSemantics.Compute"/>: a strength in [0, 1] per argument.</summary>
public sealed class DfQuadResult
{
    internal DfQuadResult(ImmutableArray<double> scores, bool acyclic, bool converged, int iterations, double lastChange)
    {
        Scores = scores;
        Acyclic = acyclic;
        Converged = converged;
        Iterations = iterations;
        LastChange = lastChange;
    }

    /// <summary>The final strength of each argument, indexed by argument.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>True when the attack-and-support graph has no cycle, so the scores were computed exactly in topological order.</summary>
    public bool Acyclic { get; }

    /// <summary>True when the scores are a fixed point: always for acyclic graphs; for cyclic ones, when the
    /// iteration settled within epsilon before the iteration bound.</summary>
    public bool Converged { get; }

    /// <summary>The number of iterations performed (0 for an acyclic graph).</summary>
    public int Iterations { get; }

    /// <summary>The largest change of any score in the last iteration (0 for an acyclic graph).</summary>
    public double LastChange { get; }
}
