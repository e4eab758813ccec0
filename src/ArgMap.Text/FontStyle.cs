namespace ArgMap.Text;

/// <summary>
/// The Liberation Sans (Arial-compatible) faces that ArgMap measures text with.
/// </summary>
public enum FontStyle
{
    /// <summary>Upright, normal weight (<c>LiberationSans-Regular</c>).</summary>
    Regular = 0,

    /// <summary>Upright, bold weight (<c>LiberationSans-Bold</c>).</summary>
    Bold = 1,

    /// <summary>Italic, normal weight (<c>LiberationSans-Italic</c>).</summary>
    Italic = 2,
}
