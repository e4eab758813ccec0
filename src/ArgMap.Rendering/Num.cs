using System.Globalization;

namespace ArgMap.Rendering;

/// <summary>The one place numbers become text in output: invariant culture, at most two decimals, no "-0".</summary>
public static class Num
{
    public static string F(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0"; // also normalises -0
        }
        // Once rounded to two decimals, the shortest round-trip form has at most two decimals, and it is several
        // times faster than the custom "0.##" format (which went through Dragon4 on every coordinate). Magnitudes
        // where the shortest form switches to exponent notation keep the custom format.
        return Math.Abs(rounded) < 1e15
            ? rounded.ToString(CultureInfo.InvariantCulture)
            : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
