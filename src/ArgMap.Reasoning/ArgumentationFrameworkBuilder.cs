namespace ArgMap.Reasoning;

/// <summary>
/// Collects arguments, attacks and supports and builds an immutable <see cref="ArgumentationFramework"/>.
/// Arguments are numbered in the order they are added. Repeated attacks or supports are kept once;
/// self-attacks are allowed.
/// </summary>
public sealed class ArgumentationFrameworkBuilder
{
    private readonly List<string> _names = [];
    private readonly List<double> _scores = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int> _attFrom = [], _attTo = [], _supFrom = [], _supTo = [];

    /// <summary>The base score used when none is given.</summary>
    public const double DefaultBaseScore = 0.5;

    /// <summary>The number of arguments added so far.</summary>
    public int Count => _names.Count;

    /// <summary>Adds an argument and returns its index.</summary>
    /// <exception cref="ArgumentException">The name is empty or already used, or the score is outside [0, 1].</exception>
    public int AddArgument(string name, double? baseScore = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new ArgumentException("An argument name must not be empty.", nameof(name));
        double s = baseScore ?? DefaultBaseScore;
        if (!(s >= 0.0 && s <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(baseScore), s, "A base score must lie in [0, 1].");
        if (!_index.TryAdd(name, _names.Count))
            throw new ArgumentException($"The argument '{name}' has already been added.", nameof(name));
        _names.Add(name);
        _scores.Add(s);
        return _names.Count - 1;
    }

    /// <summary>Looks up an argument added earlier.</summary>
    public bool TryGetIndex(string name, out int argument) => _index.TryGetValue(name, out argument);

    /// <summary>Records that <paramref name="from"/> attacks <paramref name="to"/>.</summary>
    public ArgumentationFrameworkBuilder AddAttack(int from, int to)
    {
        Check(from, nameof(from));
        Check(to, nameof(to));
        _attFrom.Add(from);
        _attTo.Add(to);
        return this;
    }

    /// <summary>Records an attack between two arguments given by name.</summary>
    public ArgumentationFrameworkBuilder AddAttack(string from, string to) => AddAttack(Find(from), Find(to));

    /// <summary>Records that <paramref name="from"/> supports <paramref name="to"/>.</summary>
    public ArgumentationFrameworkBuilder AddSupport(int from, int to)
    {
        Check(from, nameof(from));
        Check(to, nameof(to));
        _supFrom.Add(from);
        _supTo.Add(to);
        return this;
    }

    /// <summary>Records a support between two arguments given by name.</summary>
    public ArgumentationFrameworkBuilder AddSupport(string from, string to) => AddSupport(Find(from), Find(to));

    /// <summary>Builds the framework; the builder may be reused afterwards.</summary>
    public ArgumentationFramework Build() =>
        new([.. _names], [.. _scores], [.. _attFrom], [.. _attTo], [.. _supFrom], [.. _supTo]);

    private int Find(string name) =>
        _index.TryGetValue(name, out int i) ? i : throw new ArgumentException($"Unknown argument '{name}'.", nameof(name));

    private void Check(int argument, string param)
    {
        if ((uint)argument >= (uint)_names.Count)
            throw new ArgumentOutOfRangeException(param, argument, $"No argument {argument} (there are {_names.Count}).");
    }
}
