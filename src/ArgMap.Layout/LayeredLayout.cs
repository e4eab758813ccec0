namespace ArgMap.Layout;

/// <summary>
/// Layered (Sugiyama) layout: ranking by the primary forest, virtual nodes, tree-preserving crossing reduction,
/// tidy-tree coordinates, spline routing, then the direction transform. Deterministic.
/// </summary>
public static class LayeredLayout
{
    /// <summary>Lays out <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentException">An edge or attachment refers to a node or edge that does not exist.</exception>
    public static LayoutResult Compute(LayoutGraph graph, LayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(graph.Nodes, nameof(graph) + ".Nodes");
        ArgumentNullException.ThrowIfNull(graph.Edges, nameof(graph) + ".Edges");
        ArgumentNullException.ThrowIfNull(graph.Attachments, nameof(graph) + ".Attachments");
        options ??= LayoutOptions.Default;
        Validate(graph);

        int n = graph.Nodes.Count;
        if (n == 0) return new LayoutResult([], [], [], new Rect(0, 0, 0, 0));

        bool transposed = options.Direction is LayoutDirection.LeftRight or LayoutDirection.RightLeft;
        var width = new double[n];
        var height = new double[n];
        for (int v = 0; v < n; v++)
        {
            LayoutNode node = graph.Nodes[v] ?? throw new ArgumentException($"Node {v} is null.", nameof(graph));
            double w = Sanitize(node.Width), h = Sanitize(node.Height);
            width[v] = transposed ? h : w;
            height[v] = transposed ? w : h;
        }

        double nodeSpacing = Sanitize(options.NodeSpacing);
        double rankSpacing = Sanitize(options.RankSpacing);
        double edgeSpacing = Sanitize(options.EdgeSpacing);

        Ranking.Result ranking = Ranking.Compute(graph);
        LayerGraph layered = VirtualNodes.Build(graph, ranking, width, height);
        CrossingReduction.Run(layered, options);
        CoordinateAssignment.Run(layered, nodeSpacing, edgeSpacing, rankSpacing);
        EdgeRouting.Result routed = EdgeRouting.Route(layered, graph, rankSpacing);
        return DirectionTransform.Apply(routed, options.Direction);
    }

    private static double Sanitize(double value) => double.IsFinite(value) && value > 0 ? value : 0;

    private static void Validate(LayoutGraph graph)
    {
        int n = graph.Nodes.Count, m = graph.Edges.Count;
        for (int e = 0; e < m; e++)
        {
            LayoutEdge edge = graph.Edges[e] ?? throw new ArgumentException($"Edge {e} is null.", nameof(graph));
            if ((uint)edge.Parent >= (uint)n || (uint)edge.Child >= (uint)n)
                throw new ArgumentException($"Edge {e} ({edge.Parent} -> {edge.Child}) refers to a missing node; there are {n} nodes.", nameof(graph));
        }
        for (int a = 0; a < graph.Attachments.Count; a++)
        {
            LayoutAttachment att = graph.Attachments[a] ?? throw new ArgumentException($"Attachment {a} is null.", nameof(graph));
            if ((uint)att.Node >= (uint)n)
                throw new ArgumentException($"Attachment {a} refers to missing node {att.Node}; there are {n} nodes.", nameof(graph));
            if ((uint)att.Edge >= (uint)m)
                throw new ArgumentException($"Attachment {a} refers to missing edge {att.Edge}; there are {m} edges.", nameof(graph));
        }
    }
}
