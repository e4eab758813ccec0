namespace ArgMap.Core.Graph;

/// <summary>
/// Which answer to the question a node argues for: supporting the question argues <see cref="Yes"/>, contesting
/// it <see cref="No"/>; further down, each contest on the path to the question flips the side.
/// </summary>
public enum Side
{
    /// <summary>The question itself, and nodes that cannot reach it.</summary>
    None,
    Yes,
    No,
}

/// <summary>Helpers for <see cref="Side"/>.</summary>
public static class SideExtensions
{
    public static Side Opposite(this Side side) => side switch
    {
        Side.Yes => Side.No,
        Side.No => Side.Yes,
        _ => Side.None,
    };

    public static string ToWord(this Side side) => side switch
    {
        Side.Yes => "yes",
        Side.No => "no",
        _ => "none",
    };
}
