namespace ArgMap.Layout;

/// <summary>
/// The proper layered graph shared by the phases: real and virtual nodes, edges spanning exactly one
/// rank (stored as dense arrays and CSR adjacency), the per-rank order and the coordinates.
/// All geometry is top-down; <see cref="DirectionTransform"/> maps it to the requested direction.
/// </summary>
internal sealed class LayerGraph
{
    internal enum EdgeKind : byte { Down, SameRank }

    public int RealCount;
    public int Count;
    public int RankCount;
    public required int[] Rank;
    public required double[] Width;
    public required double[] Height;

    // Layer edges, each from rank r to rank r + 1.
    public int EdgeCount;
    public required int[] EdgeTop;
    public required int[] EdgeBottom;
    public required int[] UpStart;   // CSR over nodes: edges to the rank above
    public required int[] UpEdge;
    public required int[] DownStart; // CSR over nodes: edges to the rank below
    public required int[] DownEdge;

    // Order.
    public required int[][] Layers;
    public required int[] Pos;

    // Original edges.
    public required EdgeKind[] Kind;
    public required bool[] Reversed;
    /// <summary>For <see cref="EdgeKind.Down"/>: nodes from the top endpoint to the bottom endpoint.</summary>
    public required int[][] Chain;

    // Attachments.
    /// <summary>The gap (between rank g and g + 1) in which the attachment meets the attacked edge.</summary>
    public required int[] AttachGap;
    /// <summary>Virtual nodes from the attachment node towards the gap.</summary>
    public required int[][] AttachChain;

    /// <summary>
    /// Parent in the layout forest that <see cref="CoordinateAssignment"/> places as tidy trees, -1 if none: for
    /// real nodes the ranking parent (primary or attachment-derived); for the virtual nodes of an edge chain or a
    /// downward attachment chain, the virtual node one rank above (the topmost is a root, so a long edge is placed
    /// as a straight vertical tree of its own rather than widening its endpoint's family).
    /// </summary>
    public int[] TreeParent = [];

    // Coordinates (filled by CoordinateAssignment).
    public double[] X = [];
    public double[] RankTop = [];
    public double[] RankHeight = [];

    public bool IsVirtual(int v) => v >= RealCount;

    public double Top(int v) => RankTop[Rank[v]] + (RankHeight[Rank[v]] - Height[v]) / 2;

    public double Bottom(int v) => Top(v) + Height[v];

    public double RankBottom(int r) => RankTop[r] + RankHeight[r];
}
