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
            rounded = 0; // normalises -0
        }
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
