using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>
/// An immutable bipolar abstract argumentation framework: arguments <c>0..Count-1</c> with unique names and
/// base scores, an attack relation and a support relation. Supports are used only by the gradual semantics
/// (<see cref="DfQuadSemantics"/>); the Dung semantics look at attacks alone. Adjacency is stored as CSR arrays
/// whose rows are sorted ascending and free of duplicates, so every traversal is deterministic.
/// Build one with <see cref="ArgumentationFrameworkBuilder"/>.
/// </summary>
public sealed class ArgumentationFramework
{
    private readonly string[] _names;
    private readonly double[] _baseScores;
    private readonly Dictionary<string, int> _index;

    private readonly int[] _attackerStart, _attackers; // row a: arguments attacking a
    private readonly int[] _targetStart, _targets;     // row a: arguments a attacks
    private readonly int[] _supporterStart, _supporters; // row a: arguments supporting a
    private readonly int[] _supportedStart, _supported;  // row a: arguments a supports

    /// <summary>The framework with no arguments.</summary>
    public static ArgumentationFramework Empty { get; } = new([], [], [], [], [], []);

    internal ArgumentationFramework(string[] names, double[] baseScores,
        int[] attackFrom, int[] attackTo, int[] supportFrom, int[] supportTo)
    {
        _names = names;
        _baseScores = baseScores;
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) _index.Add(names[i], i);
        int n = names.Length;
        Csr.Build(n, attackTo, attackFrom, out _attackerStart, out _attackers);
        Csr.Build(n, attackFrom, attackTo, out _targetStart, out _targets);
        Csr.Build(n, supportTo, supportFrom, out _supporterStart, out _supporters);
        Csr.Build(n, supportFrom, supportTo, out _supportedStart, out _supported);
        Names = ImmutableArray.Create(names);
        BaseScores = ImmutableArray.Create(baseScores);
    }

    /// <summary>The number of arguments.</summary>
    public int Count => _names.Length;

    /// <summary>The number of distinct attacks (duplicates given to the builder count once).</summary>
    public int AttackCount => _attackers.Length;

    /// <summary>The number of distinct supports.</summary>
    public int SupportCount => _supporters.Length;

    /// <summary>The argument names, indexed by argument.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The base scores in [0, 1], indexed by argument (0.5 unless given).</summary>
    public ImmutableArray<double> BaseScores { get; }

    /// <summary>The name of argument <paramref name="argument"/>.</summary>
    public string NameOf(int argument) => _names[argument];

    /// <summary>The index of the argument called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>Looks up an argument by name.</summary>
    public bool TryGetIndex(string name, out int argument) => _index.TryGetValue(name, out argument);

    /// <summary>The arguments attacking <paramref name="argument"/>, ascending.</summary>
    public ReadOnlySpan<int> AttackersOf(int argument) =>
        _attackers.AsSpan(_attackerStart[argument], _attackerStart[argument + 1] - _attackerStart[argument]);

    /// <summary>The arguments that <paramref name="argument"/> attacks (is attacked by it), ascending.</summary>
    public ReadOnlySpan<int> TargetsOf(int argument) =>
        _targets.AsSpan(_targetStart[argument], _targetStart[argument + 1] - _targetStart[argument]);

    /// <summary>The arguments supporting <paramref name="argument"/>, ascending.</summary>
    public ReadOnlySpan<int> SupportersOf(int argument) =>
        _supporters.AsSpan(_supporterStart[argument], _supporterStart[argument + 1] - _supporterStart[argument]);

    /// <summary>The arguments that <paramref name="argument"/> supports, ascending.</summary>
    public ReadOnlySpan<int> SupportedBy(int argument) =>
        _supported.AsSpan(_supportedStart[argument], _supportedStart[argument + 1] - _supportedStart[argument]);

    /// <summary>Whether <paramref name="from"/> attacks <paramref name="to"/>.</summary>
    public bool Attacks(int from, int to) => TargetsOf(from).BinarySearch(to) >= 0;

    /// <summary>Whether <paramref name="from"/> supports <paramref name="to"/>.</summary>
    public bool Supports(int from, int to) => SupportedBy(from).BinarySearch(to) >= 0;

    /// <summary>Whether the argument attacks itself.</summary>
    public bool IsSelfAttacking(int argument) => Attacks(argument, argument);

    /// <summary>Every attack as (attacker, attacked), ordered by attacker then attacked.</summary>
    public IEnumerable<(int From, int To)> AttackPairs
    {
        get
        {
            for (int a = 0; a < Count; a++)
                for (int k = _targetStart[a]; k < _targetStart[a + 1]; k++) yield return (a, _targets[k]);
        }
    }

    /// <summary>Every support as (supporter, supported), ordered by supporter then supported.</summary>
    public IEnumerable<(int From, int To)> SupportPairs
    {
        get
        {
            for (int a = 0; a < Count; a++)
                for (int k = _supportedStart[a]; k < _supportedStart[a + 1]; k++) yield return (a, _supported[k]);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"AF({Count} arguments, {AttackCount} attacks, {SupportCount} supports)";

    private static class Csr
    {
        /// <summary>Rows by <paramref name="keys"/>, each row's values ascending and deduplicated (two counting sorts).</summary>
        public static void Build(int n, int[] keys, int[] values, out int[] start, out int[] list)
        {
            int m = keys.Length;
            // Pass 1: order edge ids by value.
            int[] countV = new int[n + 1];
            for (int e = 0; e < m; e++) countV[values[e] + 1]++;
            for (int i = 0; i < n; i++) countV[i + 1] += countV[i];
            int[] byValue = new int[m];
            for (int e = 0; e < m; e++) byValue[countV[values[e]]++] = e;
            // Pass 2: stable bucket by key.
            int[] rowStart = new int[n + 1];
            for (int e = 0; e < m; e++) rowStart[keys[e] + 1]++;
            for (int i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
            int[] fill = new int[n];
            Array.Copy(rowStart, fill, n);
            int[] raw = new int[m];
            foreach (int e in byValue) raw[fill[keys[e]]++] = values[e];
            // Deduplicate each (sorted) row while compacting.
            start = new int[n + 1];
            int w = 0;
            for (int r = 0; r < n; r++)
            {
                start[r] = w;
                int prev = -1;
                for (int k = rowStart[r]; k < rowStart[r + 1]; k++)
                {
                    int v = raw[k];
                    if (v != prev) { raw[w++] = v; prev = v; }
                }
            }
            start[n] = w;
            list = w == m ? raw : raw[..w];
        }
    }
}
