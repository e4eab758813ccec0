using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>
/// The preferred semantics: maximal (for set inclusion) admissible sets, equivalently complete labellings
/// whose IN set is maximal. There is always at least one (possibly empty) preferred extension.
/// </summary>
public static class PreferredSemantics
{
    /// <summary>
    /// Enumerates the preferred extensions by a labelling-based backtracking search that starts from the grounded
    /// labelling and branches only on its UNDEC arguments. If the search is cut short, every extension reported is
    /// still preferred.
    /// </summary>
    public static ExtensionSet Enumerate(ArgumentationFramework framework, SearchLimits? limits = null) =>
        LabellingSearch.Run(framework, limits, SearchMode.Preferred);

    /// <summary>
    /// Credulous acceptance under the given preferred extensions: IN when the argument belongs to some extension,
    /// OUT when every extension attacks it, UNDEC otherwise. Only exact when <paramref name="preferred"/> is exhaustive.
    /// </summary>
    public static Labelling CredulousAcceptance(ArgumentationFramework framework, ExtensionSet preferred) =>
        Acceptance(framework, preferred, sceptical: false);

    /// <summary>
    /// Sceptical acceptance under the given preferred extensions: IN when the argument belongs to every extension,
    /// OUT when every extension attacks it, UNDEC otherwise. Only exact when <paramref name="preferred"/> is exhaustive.
    /// </summary>
    public static Labelling ScepticalAcceptance(ArgumentationFramework framework, ExtensionSet preferred) =>
        Acceptance(framework, preferred, sceptical: true);

    private static Labelling Acceptance(ArgumentationFramework af, ExtensionSet preferred, bool sceptical)
    {
        ArgumentNullException.ThrowIfNull(af);
        ArgumentNullException.ThrowIfNull(preferred);
        int n = af.Count;
        var inCount = new int[n];
        var outCount = new int[n];
        var mark = new bool[n];
        foreach (ImmutableArray<int> ext in preferred.Extensions)
        {
            Array.Clear(mark);
            foreach (int a in ext) { inCount[a]++; }
            foreach (int a in ext)
                foreach (int t in af.TargetsOf(a))
                    if (!mark[t]) { mark[t] = true; outCount[t]++; }
        }
        int m = preferred.Count;
        var labels = new Label[n];
        for (int a = 0; a < n; a++)
        {
            bool accepted = sceptical ? m > 0 && inCount[a] == m : inCount[a] > 0;
            labels[a] = accepted ? Label.In : m > 0 && outCount[a] == m ? Label.Out : Label.Undec;
        }
        return new Labelling(labels, owned: true);
    }
}
