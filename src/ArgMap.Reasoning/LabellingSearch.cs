using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>Which extensions <see cref="LabellingSearch"/> reports.</summary>
internal enum SearchMode { Complete, Preferred, Stable }

/// <summary>
/// The labelling-based backtracking search shared by the complete, preferred and stable semantics
/// (in the style of Nofal, Atkinson and Dunne's labelling algorithms). It starts from the grounded labelling
/// and branches only on arguments the grounded labelling leaves UNDEC: each branch point picks the lowest
/// undecided ("blank") argument and tries it IN first, then not-IN.
/// <list type="bullet">
/// <item>IN(x): everything x attacks becomes OUT; x's attackers that are not OUT become MUST_OUT
/// (they have to be attacked by some IN argument later).</item>
/// <item>not-IN(x): x becomes UNDEC (complete/preferred) or MUST_OUT (stable, where everything not IN must be OUT).</item>
/// <item>Propagation: a blank argument whose attackers are all OUT is forced IN (every complete extension in
/// this branch contains it); an UNDEC argument whose attackers are all OUT fails the branch (the extension
/// would not be complete); a MUST_OUT argument with no blank attacker left fails the branch.</item>
/// </list>
/// The leaves are exactly the complete extensions (stable ones in stable mode), each reached once. Because IN is
/// tried before not-IN, no later leaf is a strict superset of an earlier one, so a leaf is preferred exactly
/// when it is not contained in a preferred extension found before it. The search is iterative (no recursion),
/// and undoes label changes from a trail.
/// </summary>
internal sealed class LabellingSearch
{
    private const byte Blank = 0, In = 1, Out = 2, MustOut = 3, Undec = 4;

    private readonly ArgumentationFramework _af;
    private readonly SearchMode _mode;
    private readonly SearchLimits _limits;
    private readonly byte[] _label;
    private readonly int[] _nonOut;   // attackers not OUT
    private readonly int[] _blankAtt; // attackers BLANK
    private readonly List<long> _trail = [];
    private readonly Stack<int> _check = new();
    private readonly List<ulong[]> _foundBits = [];
    private readonly List<ImmutableArray<int>> _found = [];
    private long _steps;

    private LabellingSearch(ArgumentationFramework af, SearchMode mode, SearchLimits limits)
    {
        _af = af;
        _mode = mode;
        _limits = limits;
        int n = af.Count;
        _label = new byte[n];
        _nonOut = new int[n];
        _blankAtt = new int[n];
    }

    public static ExtensionSet Run(ArgumentationFramework af, SearchLimits? limits, SearchMode mode)
    {
        ArgumentNullException.ThrowIfNull(af);
        var search = new LabellingSearch(af, mode, limits ?? SearchLimits.Default);
        bool exhaustive = search.Search();
        var list = search._found.ToList();
        list.Sort(CompareLex);
        return new ExtensionSet([.. list], exhaustive, search._steps);
    }

    private static int CompareLex(ImmutableArray<int> x, ImmutableArray<int> y)
    {
        int k = Math.Min(x.Length, y.Length);
        for (int i = 0; i < k; i++)
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Runs the search; returns true when it completed.</summary>
    private bool Search()
    {
        int n = _af.Count;
        Label[] grounded = GroundedSemantics.ComputeArray(_af);
        for (int a = 0; a < n; a++)
            _label[a] = grounded[a] switch { Label.In => In, Label.Out => Out, _ => Blank };
        for (int a = 0; a < n; a++)
        {
            foreach (int b in _af.AttackersOf(a))
            {
                if (_label[b] != Out) _nonOut[a]++;
                if (_label[b] == Blank) _blankAtt[a]++;
            }
        }

        // Decision stack: argument, trail mark, phase (0 = trying IN, 1 = trying not-IN).
        var decArg = new List<int>();
        var decMark = new List<int>();
        var decPhase = new List<byte>();
        int cursor = 0;
        bool descend = true;
        while (true)
        {
            if (descend)
            {
                if (_steps > _limits.MaxSteps) return false;
                int x = -1;
                for (int a = cursor; a < n; a++)
                    if (_label[a] == Blank) { x = a; break; }
                if (x < 0)
                {
                    if (!Leaf()) return false;
                    descend = false;
                    continue;
                }
                int mark = _trail.Count;
                decArg.Add(x); decMark.Add(mark); decPhase.Add(0);
                if (!_af.IsSelfAttacking(x) && MakeIn(x) && Propagate()) { cursor = x + 1; continue; }
                Undo(mark);
                decPhase[^1] = 1;
                if (MakeNotIn(x) && Propagate()) { cursor = x + 1; continue; }
                Undo(mark);
                Pop(decArg, decMark, decPhase);
                descend = false;
            }
            else
            {
                if (decArg.Count == 0) return true;
                if (_steps > _limits.MaxSteps) return false;
                int x = decArg[^1], mark = decMark[^1];
                Undo(mark);
                if (decPhase[^1] == 0)
                {
                    decPhase[^1] = 1;
                    if (MakeNotIn(x) && Propagate()) { cursor = x + 1; descend = true; continue; }
                    Undo(mark);
                }
                Pop(decArg, decMark, decPhase);
            }
        }
    }

    private static void Pop(List<int> a, List<int> m, List<byte> p)
    {
        a.RemoveAt(a.Count - 1);
        m.RemoveAt(m.Count - 1);
        p.RemoveAt(p.Count - 1);
    }

    /// <summary>Records the extension at a leaf; returns false when the extension limit is reached.</summary>
    private bool Leaf()
    {
        int n = _af.Count;
        var ext = ImmutableArray.CreateBuilder<int>();
        for (int a = 0; a < n; a++)
        {
            byte l = _label[a];
            if (l == In) ext.Add(a);
            else if (l == MustOut) return true; // cannot happen: propagation fails such branches first
            else if (_mode == SearchMode.Stable && l != Out) return true;
        }
        if (_mode == SearchMode.Preferred)
        {
            var bits = new ulong[(n + 63) >> 6];
            foreach (int a in ext) bits[a >> 6] |= 1UL << (a & 63);
            foreach (ulong[] f in _foundBits)
                if (IsSubset(bits, f)) return true;
            _foundBits.Add(bits);
        }
        _found.Add(ext.ToImmutable());
        return _found.Count < _limits.MaxExtensions;
    }

    private static bool IsSubset(ulong[] a, ulong[] b)
    {
        for (int i = 0; i < a.Length; i++)
            if ((a[i] & ~b[i]) != 0) return false;
        return true;
    }

    private bool MakeIn(int x)
    {
        SetLabel(x, In);
        foreach (int t in _af.TargetsOf(x))
        {
            byte l = _label[t];
            if (l == In) return false;
            if (l != Out) SetLabel(t, Out);
        }
        foreach (int b in _af.AttackersOf(x))
        {
            byte l = _label[b];
            if (l == In) return false;
            if (l == Blank || l == Undec) SetLabel(b, MustOut);
        }
        return true;
    }

    private bool MakeNotIn(int x)
    {
        SetLabel(x, _mode == SearchMode.Stable ? MustOut : Undec);
        return true;
    }

    private bool Propagate()
    {
        while (_check.Count > 0)
        {
            int y = _check.Pop();
            bool ok = _label[y] switch
            {
                Blank => _nonOut[y] != 0 || MakeIn(y),
                Undec => _nonOut[y] != 0,
                MustOut => _blankAtt[y] != 0,
                _ => true,
            };
            if (!ok) { _check.Clear(); return false; }
        }
        return true;
    }

    private void SetLabel(int z, byte value)
    {
        byte old = _label[z];
        if (old == value) return;
        _trail.Add(((long)z << 8) | old);
        _steps++;
        Apply(z, old, value, record: true);
    }

    private void Apply(int z, byte old, byte value, bool record)
    {
        _label[z] = value;
        int dOut = (old == Out ? 1 : 0) - (value == Out ? 1 : 0);      // change in "not OUT"
        int dBlank = (value == Blank ? 1 : 0) - (old == Blank ? 1 : 0); // change in "BLANK"
        if (dOut != 0 || dBlank != 0)
        {
            foreach (int t in _af.TargetsOf(z))
            {
                _nonOut[t] += dOut;
                _blankAtt[t] += dBlank;
                if (record) _check.Push(t);
            }
        }
        if (record) _check.Push(z);
    }

    private void Undo(int mark)
    {
        _check.Clear();
        for (int i = _trail.Count - 1; i >= mark; i--)
        {
            long e = _trail[i];
            int z = (int)(e >> 8);
            byte old = (byte)(e & 0xFF);
            Apply(z, _label[z], old, record: false);
        }
        _trail.RemoveRange(mark, _trail.Count - mark);
    }
}
