using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

/// <summary>Brute-force Dung semantics over bitmasks, for frameworks of at most ~16 arguments.</summary>
internal sealed class Oracle
{
    private readonly int _n;
    private readonly int[] _attackers; // bitmask of attackers per argument
    private readonly int[] _targets;

    public Oracle(ArgumentationFramework af)
    {
        _n = af.Count;
        _attackers = new int[_n];
        _targets = new int[_n];
        foreach (var (f, t) in af.AttackPairs) { _attackers[t] |= 1 << f; _targets[f] |= 1 << t; }
    }

    public int AttackedBy(int s)
    {
        int r = 0;
        for (int a = 0; a < _n; a++) if ((s >> a & 1) != 0) r |= _targets[a];
        return r;
    }

    public bool ConflictFree(int s) => (AttackedBy(s) & s) == 0;

    /// <summary>The characteristic function: the arguments defended by s.</summary>
    public int F(int s)
    {
        int hit = AttackedBy(s), r = 0;
        for (int a = 0; a < _n; a++) if ((_attackers[a] & ~hit) == 0) r |= 1 << a;
        return r;
    }

    public bool Admissible(int s) => ConflictFree(s) && (s & ~F(s)) == 0;
    public bool Complete(int s) => ConflictFree(s) && F(s) == s;
    public bool Stable(int s) => ConflictFree(s) && (s | AttackedBy(s)) == (1 << _n) - 1;

    public int Grounded()
    {
        int s = 0;
        while (true) { int t = F(s); if (t == s) return s; s = t; }
    }

    public List<int> All(Func<int, bool> p) => Enumerable.Range(0, 1 << _n).Where(p).ToList();

    public List<int> Preferred()
    {
        var adm = All(Admissible);
        return adm.Where(s => !adm.Any(t => t != s && (s & ~t) == 0)).ToList();
    }

    public static int Mask(IEnumerable<int> set) => set.Aggregate(0, (m, a) => m | 1 << a);

    public static IEnumerable<int> Members(int s, int n) => Enumerable.Range(0, n).Where(a => (s >> a & 1) != 0);
}
