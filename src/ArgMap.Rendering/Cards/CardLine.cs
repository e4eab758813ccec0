using ArgMap.Text;

namespace ArgMap.Rendering.Cards;

/// <summary>One line of text on a card, placed relative to the card's top-left corner (x at the start, y at the baseline).</summary>
public sealed record CardLine(string Text, double X, double Baseline, double FontSize, FontStyle Style, TextRole Role);
