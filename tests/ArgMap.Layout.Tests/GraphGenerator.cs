using ArgMap.Layout;

namespace ArgMap.Layout.Tests;

/// <summary>Deterministic generator of argument-map-like graphs: forests plus cross links and attachments.</summary>
public static class GraphGenerator
{
    public sealed record Spec(
        int Nodes,
        int Seed,
        int MaxDepth = 6,
        int MinBranching = 2,
        int MaxBranching = 4,
        double CrossFraction = 0.07,
        int Attachments = 0,
        bool Nasty = false);

    /// <summary>Forests (several trees when the depth limit is reached), cross links anywhere, undercut nodes.</summary>
    public static LayoutGraph Generate(Spec spec)
    {
        var rng = new Random(spec.Seed);
        var nodes = new List<LayoutNode>();
        var edges = new List<LayoutEdge>();
        var depth = new List<int>();
        LayoutNode NewNode() => new(200 + rng.Next(61), 60 + rng.Next(81));

        int treeNodes = Math.Max(0, spec.Nodes - spec.Attachments);
        var queue = new Queue<int>();
        while (nodes.Count < treeNodes)
        {
            if (queue.Count == 0)
            {
                nodes.Add(NewNode());
                depth.Add(0);
                queue.Enqueue(nodes.Count - 1);
            }
            int p = queue.Dequeue();
            if (depth[p] >= spec.MaxDepth) continue;
            int children = rng.Next(spec.MinBranching, spec.MaxBranching + 1);
            for (int i = 0; i < children && nodes.Count < treeNodes; i++)
            {
                nodes.Add(NewNode());
                depth.Add(depth[p] + 1);
                edges.Add(new LayoutEdge(p, nodes.Count - 1, true));
                queue.Enqueue(nodes.Count - 1);
            }
        }

        int cross = (int)Math.Round(treeNodes * spec.CrossFraction);
        for (int i = 0; i < cross && treeNodes > 1; i++)
        {
            int a = rng.Next(treeNodes), b = rng.Next(treeNodes);
            if (a == b && !spec.Nasty) continue;
            edges.Add(new LayoutEdge(a, b, false));
        }

        var attachments = new List<LayoutAttachment>();
        int primaryEdges = edges.Count;
        for (int i = 0; i < spec.Attachments && edges.Count > 0; i++)
        {
            nodes.Add(NewNode());
            int node = nodes.Count - 1;
            attachments.Add(new LayoutAttachment(node, rng.Next(primaryEdges)));
            if (spec.Nasty && rng.Next(3) == 0)
            {
                // The undercut node has a supporter of its own, or a cross link back up.
                nodes.Add(NewNode());
                edges.Add(new LayoutEdge(node, nodes.Count - 1, true));
                edges.Add(new LayoutEdge(nodes.Count - 1, rng.Next(treeNodes), false));
            }
        }
        if (spec.Nasty && edges.Count > 0 && nodes.Count > 0)
        {
            // Attachments from tree nodes onto cross links, too.
            for (int i = 0; i < 2; i++) attachments.Add(new LayoutAttachment(rng.Next(nodes.Count), rng.Next(edges.Count)));
        }
        return new LayoutGraph(nodes, edges, attachments);
    }

    /// <summary>A graph for property tests: size and flavour derived from a seed.</summary>
    public static LayoutGraph FromSeed(int seed, int maxNodes = 60)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, maxNodes + 1);
        return Generate(new Spec(
            Nodes: n,
            Seed: seed,
            MaxDepth: rng.Next(1, 7),
            CrossFraction: rng.NextDouble() * 0.3,
            Attachments: rng.Next(0, Math.Max(1, n / 8)),
            Nasty: rng.Next(2) == 0));
    }
}
