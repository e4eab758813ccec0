namespace ArgMap.Reasoning;

/// <summary>The grounded semantics: the least complete labelling, computed in time linear in arguments plus attacks.</summary>
public static class GroundedSemantics
{
    /// <summary>
    /// Computes the grounded labelling by propagation: an argument whose attackers are all OUT becomes IN,
    /// anything attacked by an IN argument becomes OUT, and whatever is left is UNDEC.
    /// </summary>
    public static Labelling Compute(ArgumentationFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new Labelling(ComputeArray(framework), owned: true);
    }

    internal static Label[] ComputeArray(ArgumentationFramework af)
    {
        int n = af.Count;
        var labels = new Label[n];
        var pending = new int[n]; // attackers not (yet) OUT
        var queue = new int[n];
        int head = 0, tail = 0;
        for (int a = 0; a < n; a++)
        {
            pending[a] = af.AttackersOf(a).Length;
            if (pending[a] == 0) { labels[a] = Label.In; queue[tail++] = a; }
            else labels[a] = Label.Undec;
        }
        while (head < tail)
        {
            int x = queue[head++];
            foreach (int t in af.TargetsOf(x))
            {
                if (labels[t] == Label.Out) continue;
                labels[t] = Label.Out;
                foreach (int u in af.TargetsOf(t))
                {
                    if (--pending[u] == 0 && labels[u] == Label.Undec)
                    {
                        labels[u] = Label.In;
                        queue[tail++] = u;
                    }
                }
            }
        }
        return labels;
    }
}
