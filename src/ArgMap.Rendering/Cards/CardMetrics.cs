namespace ArgMap.Rendering.Cards;

/// <summary>The fixed proportions of a card, relative to the base font size, shared by the card builder and the SVG writer.</summary>
public static class CardMetrics
{
    public const double PaddingX = 10;
    public const double PaddingY = 8;
    public const double SideBand = 5;
    public const double CornerRadius = 6;
    public const double MinWidth = 120;

    /// <summary>Quotes longer than this many lines are cut with an ellipsis on the card; the full text is in its tooltip.</summary>
    public const int MaxQuoteLines = 7;

    /// <summary>The status badge (IN / OUT / UNDEC) in the card's top-right corner.</summary>
    public const double BadgeWidth = 40;

    public const double BadgeHeight = 14;

    public static double HeaderSize(double baseSize) => Math.Round(baseSize * 0.75, 2);

    public static double SmallSize(double baseSize) => Math.Round(baseSize * 0.82, 2);

    public static double QuestionSize(double baseSize) => Math.Round(baseSize * 1.3, 2);
}
