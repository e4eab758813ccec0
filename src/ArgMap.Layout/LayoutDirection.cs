namespace ArgMap.Layout;

/// <summary>The direction in which ranks advance: parents are drawn before (above, left of, ...) their children.</summary>
public enum LayoutDirection
{
    /// <summary>Ranks advance downwards; parents above children.</summary>
    TopDown,
    /// <summary>Ranks advance upwards; parents below children.</summary>
    BottomUp,
    /// <summary>Ranks advance rightwards; parents left of children.</summary>
    LeftRight,
    /// <summary>Ranks advance leftwards; parents right of children.</summary>
    RightLeft,
}
