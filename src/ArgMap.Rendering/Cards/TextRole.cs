namespace ArgMap.Rendering.Cards;

/// <summary>What a line of a card is; the theme turns the role into a colour.</summary>
public enum TextRole
{
    /// <summary>The small kind-and-side label at the top of a card, in the side's colour.</summary>
    Header,
    Body,
    Question,
    Tag,
    Quote,
    Footer,
}
