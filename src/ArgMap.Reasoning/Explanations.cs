using System.Collections.Immutable;
using System.Text;

namespace ArgMap.Reasoning;

/// <summary>
/// Plain-words reasons for the labels of a labelling, using the argument names of the framework. Examples:
/// "in: nothing attacks it", "in: every attacker is out (b is out because a attacks it)",
/// "out: attacked by a, which is in", "undec: attacked by b, which is undecided, and nothing attacking it is in
/// (b and c attack each other and nothing breaks the tie)". For an UNDEC argument the reason names a short cycle
/// among the UNDEC arguments: through the argument itself when there is one, otherwise the nearest one upstream.
/// The wording is deterministic. Labellings that are not complete still get an explanation that says what is odd.
/// </summary>
public static class Explanations
{
    private const int MaxListed = 5;
    private const int SearchBudget = 20_000;

    /// <summary>Explains the label of every argument.</summary>
    public static ImmutableArray<string> ExplainAll(ArgumentationFramework framework, Labelling labelling)
    {
        Validate(framework, labelling);
        var b = ImmutableArray.CreateBuilder<string>(framework.Count);
        for (int a = 0; a < framework.Count; a++) b.Add(Explain(framework, labelling, a));
        return b.MoveToImmutable();
    }

    /// <summary>Explains the label of one argument.</summary>
    public static string Explain(ArgumentationFramework framework, Labelling labelling, int argument)
    {
        Validate(framework, labelling);
        ArgumentOutOfRangeException.ThrowIfNegative(argument);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(argument, framework.Count);
        var af = framework;
        var attackers = af.AttackersOf(argument).ToArray();
        var inAtt = attackers.Where(b => labelling[b] == Label.In).ToArray();
        var undecAtt = attackers.Where(b => labelling[b] == Label.Undec).ToArray();
        var notOut = attackers.Where(b => labelling[b] != Label.Out).ToArray();
        switch (labelling[argument])
        {
            case Label.In:
                if (attackers.Length == 0) return "in: nothing attacks it";
                if (notOut.Length > 0)
                    return $"in, although {List(af, notOut)} {(notOut.Length == 1 ? "attacks it and is" : "attack it and are")} not out";
                {
                    var parts = new List<string>();
                    foreach (int b in attackers.Take(MaxListed))
                    {
                        int killer = -1;
                        foreach (int c in af.AttackersOf(b)) if (labelling[c] == Label.In) { killer = c; break; }
                        parts.Add(killer >= 0
                            ? $"{af.NameOf(b)} is out because {af.NameOf(killer)} attacks it"
                            : $"{af.NameOf(b)} is out although nothing in attacks it");
                    }
                    if (attackers.Length > MaxListed) parts.Add($"and {attackers.Length - MaxListed} more");
                    return $"in: every attacker is out ({string.Join("; ", parts)})";
                }
            case Label.Out:
                if (inAtt.Length > 0)
                    return $"out: attacked by {List(af, inAtt)}, which {(inAtt.Length == 1 ? "is" : "are")} in";
                return attackers.Length == 0 ? "out, although nothing attacks it" : "out, although no attacker is in";
            default:
                if (inAtt.Length > 0)
                    return $"undec, although it is attacked by {List(af, inAtt)}, which {(inAtt.Length == 1 ? "is" : "are")} in";
                if (undecAtt.Length == 0)
                    return attackers.Length == 0 ? "undec, although nothing attacks it" : "undec, although every attacker is out";
                {
                    var sb = new StringBuilder();
                    sb.Append($"undec: attacked by {List(af, undecAtt)}, which {(undecAtt.Length == 1 ? "is" : "are")} undecided, and nothing attacking it is in");
                    int[]? cycle = FindCycle(af, labelling, argument);
                    if (cycle is not null) sb.Append(" (").Append(DescribeCycle(af, cycle)).Append(')');
                    return sb.ToString();
                }
        }
    }

    private static void Validate(ArgumentationFramework framework, Labelling labelling)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(labelling);
        if (labelling.Count != framework.Count)
            throw new ArgumentException($"The labelling has {labelling.Count} labels but the framework {framework.Count} arguments.", nameof(labelling));
    }

    private static string List(ArgumentationFramework af, IReadOnlyList<int> args)
    {
        var names = args.Take(MaxListed).Select(af.NameOf).ToList();
        if (args.Count > MaxListed) return string.Join(", ", names) + $" and {args.Count - MaxListed} others";
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private static string DescribeCycle(ArgumentationFramework af, int[] cycle)
    {
        if (cycle.Length == 1) return $"{af.NameOf(cycle[0])} attacks itself, so nothing can settle it";
        if (cycle.Length == 2)
            return $"{af.NameOf(cycle[0])} and {af.NameOf(cycle[1])} attack each other and nothing breaks the tie";
        var steps = new List<string>();
        for (int i = 0; i < cycle.Length; i++)
            steps.Add($"{af.NameOf(cycle[i])} attacks {af.NameOf(cycle[(i + 1) % cycle.Length])}");
        string chain = steps.Count <= 8
            ? string.Join(", ", steps.Take(steps.Count - 1)) + " and " + steps[^1]
            : string.Join(", ", steps.Take(3)) + ", … and " + steps[^1];
        if (cycle.Length <= MaxListed)
            return $"{List(af, cycle)} attack each other in a cycle: {chain}; nothing breaks the tie";
        return $"a cycle of {cycle.Length} undecided arguments: {chain}; nothing breaks the tie";
    }

    /// <summary>A short cycle among UNDEC arguments through <paramref name="x"/>, else the nearest one upstream of it.</summary>
    internal static int[]? FindCycle(ArgumentationFramework af, Labelling lab, int x)
    {
        int[]? through = ShortestCycleThrough(af, lab, x);
        if (through is not null) return through;
        // Walk upstream along UNDEC attackers, nearest first, and take the first argument that lies on a cycle.
        var seen = new HashSet<int> { x };
        var queue = new Queue<int>();
        queue.Enqueue(x);
        int tried = 0;
        while (queue.Count > 0 && seen.Count < SearchBudget && tried < 64)
        {
            int v = queue.Dequeue();
            foreach (int u in af.AttackersOf(v))
            {
                if (lab[u] != Label.Undec || !seen.Add(u)) continue;
                tried++;
                int[]? c = ShortestCycleThrough(af, lab, u);
                if (c is not null) return c;
                queue.Enqueue(u);
            }
        }
        return null;
    }

    /// <summary>Breadth-first search forward from <paramref name="x"/> over UNDEC arguments for the shortest way back to it.</summary>
    private static int[]? ShortestCycleThrough(ArgumentationFramework af, Labelling lab, int x)
    {
        if (af.IsSelfAttacking(x)) return [x];
        var parent = new Dictionary<int, int> { [x] = -1 };
        var queue = new Queue<int>();
        queue.Enqueue(x);
        while (queue.Count > 0 && parent.Count < SearchBudget)
        {
            int v = queue.Dequeue();
            foreach (int t in af.TargetsOf(v))
            {
                if (t == x)
                {
                    var path = new List<int>();
                    for (int w = v; w != -1; w = parent[w]) path.Add(w);
                    path.Reverse();
                    return [.. path];
                }
                if (lab[t] != Label.Undec || parent.ContainsKey(t)) continue;
                parent[t] = v;
                queue.Enqueue(t);
            }
        }
        return null;
    }
}
