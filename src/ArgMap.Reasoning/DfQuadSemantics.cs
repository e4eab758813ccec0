using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>
/// The DF-QuAD gradual semantics (Rago, Cocarascu and Toni, 2016) over attacks and supports. The attackers'
/// strengths aggregate as <c>v_a = 1 - prod(1 - s_i)</c> (0 when there are none) and the supporters' likewise
/// as <c>v_s</c>; the strength is then <c>base - base * (v_a - v_s)</c> when <c>v_a &gt;= v_s</c> and
/// <c>base + (1 - base) * (v_s - v_a)</c> otherwise.
/// </summary>
public static class DfQuadSemantics
{
    /// <summary>
    /// Computes the strengths. An acyclic graph is evaluated exactly in topological order. A cyclic one is iterated
    /// (Jacobi, starting from the base scores) until no score changes by more than <paramref name="epsilon"/> or
    /// <paramref name="maxIterations"/> is reached, and the result says whether it converged.
    /// </summary>
    public static DfQuadResult Compute(ArgumentationFramework framework, int maxIterations = 1000, double epsilon = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIterations);
        if (!(epsilon >= 0)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "Epsilon must be non-negative.");
        ArgumentationFramework af = framework;
        int n = af.Count;

        // Kahn's algorithm over attack and support edges.
        var indeg = new int[n];
        var order = new int[n];
        int head = 0, tail = 0;
        for (int a = 0; a < n; a++)
        {
            indeg[a] = af.AttackersOf(a).Length + af.SupportersOf(a).Length;
            if (indeg[a] == 0) order[tail++] = a;
        }
        while (head < tail)
        {
            int x = order[head++];
            foreach (int t in af.TargetsOf(x)) if (--indeg[t] == 0) order[tail++] = t;
            foreach (int t in af.SupportedBy(x)) if (--indeg[t] == 0) order[tail++] = t;
        }

        var scores = new double[n];
        if (tail == n)
        {
            foreach (int a in order) scores[a] = Strength(af, a, scores);
            return new DfQuadResult(ImmutableArray.Create(scores), acyclic: true, converged: true, iterations: 0, lastChange: 0);
        }

        for (int a = 0; a < n; a++) scores[a] = af.BaseScores[a];
        var next = new double[n];
        double change = double.PositiveInfinity;
        int it = 0;
        bool converged = false;
        while (it < maxIterations)
        {
            it++;
            change = 0;
            for (int a = 0; a < n; a++)
            {
                next[a] = Strength(af, a, scores);
                change = Math.Max(change, Math.Abs(next[a] - scores[a]));
            }
            (scores, next) = (next, scores);
            if (change <= epsilon) { converged = true; break; }
        }
        return new DfQuadResult(ImmutableArray.Create(scores), acyclic: false, converged, it,
            double.IsPositiveInfinity(change) ? 0 : change);
    }

    private static double Strength(ArgumentationFramework af, int a, double[] s)
    {
        double va = Aggregate(af.AttackersOf(a), s);
        double vs = Aggregate(af.SupportersOf(a), s);
        double b = af.BaseScores[a];
        return va >= vs ? b - b * (va - vs) : b + (1 - b) * (vs - va);
    }

    private static double Aggregate(ReadOnlySpan<int> sources, double[] s)
    {
        if (sources.IsEmpty) return 0;
        double prod = 1;
        foreach (int i in sources) prod *= 1 - s[i];
        return 1 - prod;
    }
}
