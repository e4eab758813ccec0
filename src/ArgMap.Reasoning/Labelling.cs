using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>An immutable labelling: one <see cref="Label"/> per argument, with the IN, OUT and UNDEC sets precomputed (ascending).</summary>
public sealed class Labelling
{
    private readonly Label[] _labels;

    /// <summary>Creates a labelling from one label per argument.</summary>
    public Labelling(IEnumerable<Label> labels) : this(labels.ToArray(), owned: true) { }

    internal Labelling(Label[] labels, bool owned)
    {
        _labels = owned ? labels : (Label[])labels.Clone();
        Labels = ImmutableArray.Create(_labels);
        var inB = ImmutableArray.CreateBuilder<int>();
        var outB = ImmutableArray.CreateBuilder<int>();
        var undecB = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < _labels.Length; i++)
        {
            switch (_labels[i])
            {
                case Label.In: inB.Add(i); break;
                case Label.Out: outB.Add(i); break;
                default: undecB.Add(i); break;
            }
        }
        InSet = inB.ToImmutable();
        OutSet = outB.ToImmutable();
        UndecSet = undecB.ToImmutable();
    }

    /// <summary>
    /// The labelling induced by an extension: its members IN, everything they attack OUT, the rest UNDEC
    /// (Caminada's Ext2Lab).
    /// </summary>
    public static Labelling FromExtension(ArgumentationFramework framework, IEnumerable<int> extension)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var labels = new Label[framework.Count];
        Array.Fill(labels, Label.Undec);
        foreach (int a in extension) labels[a] = Label.In;
        for (int a = 0; a < labels.Length; a++)
        {
            if (labels[a] != Label.In) continue;
            foreach (int t in framework.TargetsOf(a))
                if (labels[t] != Label.In) labels[t] = Label.Out;
        }
        return new Labelling(labels, owned: true);
    }

    /// <summary>The number of arguments labelled.</summary>
    public int Count => _labels.Length;

    /// <summary>The label of argument <paramref name="argument"/>.</summary>
    public Label this[int argument] => _labels[argument];

    /// <summary>The labels, indexed by argument.</summary>
    public ImmutableArray<Label> Labels { get; }

    /// <summary>The IN arguments, ascending (the extension this labelling stands for).</summary>
    public ImmutableArray<int> InSet { get; }

    /// <summary>The OUT arguments, ascending.</summary>
    public ImmutableArray<int> OutSet { get; }

    /// <summary>The UNDEC arguments, ascending.</summary>
    public ImmutableArray<int> UndecSet { get; }

    /// <summary>
    /// Whether this is a complete labelling of <paramref name="framework"/>: every IN argument has all attackers OUT,
    /// every OUT argument has an IN attacker, and every UNDEC argument has no IN attacker and some UNDEC attacker.
    /// </summary>
    public bool IsCompleteLabellingOf(ArgumentationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Count != Count) return false;
        for (int a = 0; a < Count; a++)
        {
            bool anyIn = false, anyUndec = false, allOut = true;
            foreach (int b in framework.AttackersOf(a))
            {
                Label l = _labels[b];
                anyIn |= l == Label.In;
                anyUndec |= l == Label.Undec;
                allOut &= l == Label.Out;
            }
            bool ok = _labels[a] switch
            {
                Label.In => allOut,
                Label.Out => anyIn,
                _ => !anyIn && anyUndec,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"in {{{string.Join(",", InSet)}}} out {{{string.Join(",", OutSet)}}} undec {{{string.Join(",", UndecSet)}}}";
}
