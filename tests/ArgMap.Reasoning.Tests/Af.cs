using System.Collections.Immutable;
using ArgMap.Reasoning;

namespace ArgMap.Reasoning.Tests;

/// <summary>Small helpers: build frameworks from "a>b" strings, show extension sets as sorted text.</summary>
internal static class Af
{
    /// <summary>Tokens "a>b" are attacks, "a+b" supports, anything else an (isolated) argument; arguments numbered by first appearance.</summary>
    public static ArgumentationFramework Of(params string[] tokens)
    {
        var b = new ArgumentationFrameworkBuilder();
        int Get(string name) => b.TryGetIndex(name, out int i) ? i : b.AddArgument(name);
        foreach (string t in tokens)
        {
            if (t.Contains('>')) { var p = t.Split('>'); b.AddAttack(Get(p[0]), Get(p[1])); }
            else if (t.Contains('+')) { var p = t.Split('+'); b.AddSupport(Get(p[0]), Get(p[1])); }
            else Get(t);
        }
        return b.Build();
    }

    public static string Show(ArgumentationFramework af, IEnumerable<IEnumerable<int>> exts) =>
        string.Join(" ", exts.Select(e => "{" + string.Join(",", e.Select(af.NameOf).Order(StringComparer.Ordinal)) + "}")
            .Order(StringComparer.Ordinal));

    public static string Show(ArgumentationFramework af, ExtensionSet set) =>
        Show(af, set.Extensions.Select(e => (IEnumerable<int>)e));

    public static string Names(ArgumentationFramework af, ImmutableArray<int> set) =>
        string.Join(",", set.Select(af.NameOf));

    /// <summary>A random framework from a seed: up to <paramref name="maxArgs"/> arguments, varied density, self-attacks possible.</summary>
    public static ArgumentationFramework Random(int seed, int maxArgs = 12)
    {
        var rng = new Random(seed);
        int n = rng.Next(0, maxArgs + 1);
        double p = new[] { 0.05, 0.1, 0.15, 0.25, 0.4 }[rng.Next(5)];
        double self = rng.NextDouble() < 0.3 ? 0.1 : 0.0;
        var b = new ArgumentationFrameworkBuilder();
        for (int i = 0; i < n; i++) b.AddArgument("a" + i, Math.Round(rng.NextDouble(), 2));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                if (i == j ? rng.NextDouble() < self : rng.NextDouble() < p) b.AddAttack(i, j);
                else if (i != j && rng.NextDouble() < p / 3) b.AddSupport(i, j);
            }
        return b.Build();
    }
}
