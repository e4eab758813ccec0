namespace ArgMap.Rendering.Themes;

/// <summary>
/// Colours and strokes of a diagram. Edge kinds differ in colour AND dash pattern AND arrowhead, and sides in
/// colour AND label, so a greyscale print or a colour-blind reader loses nothing.
/// </summary>
public sealed record Theme(
    string Name,
    string Background,
    string Text,
    string MutedText,
    string QuestionFill,
    string QuestionText,
    string ClaimFill,
    string EvidenceFill,
    string RebuttalFill,
    string BoxStroke,
    string YesColor,
    string NoColor,
    string NeutralColor,
    string SupportColor,
    string ContestColor,
    string UndercutColor,
    string LegendFill)
{
    /// <summary>Okabe-Ito colours: distinguishable with every common form of colour blindness.</summary>
    public static Theme Default { get; } = new(
        Name: "default",
        Background: "#ffffff",
        Text: "#1a1a1a",
        MutedText: "#555555",
        QuestionFill: "#1a1a1a",
        QuestionText: "#ffffff",
        ClaimFill: "#ffffff",
        EvidenceFill: "#f6f5f0",
        RebuttalFill: "#fff8f2",
        BoxStroke: "#8c8c8c",
        YesColor: "#0072b2",
        NoColor: "#e69f00",
        NeutralColor: "#999999",
        SupportColor: "#009e73",
        ContestColor: "#d55e00",
        UndercutColor: "#cc79a7",
        LegendFill: "#fafafa");

    /// <summary>Greyscale for print and photocopies: kinds and sides differ by pattern and label alone.</summary>
    public static Theme Print { get; } = new(
        Name: "print",
        Background: "#ffffff",
        Text: "#000000",
        MutedText: "#404040",
        QuestionFill: "#000000",
        QuestionText: "#ffffff",
        ClaimFill: "#ffffff",
        EvidenceFill: "#f2f2f2",
        RebuttalFill: "#ffffff",
        BoxStroke: "#000000",
        YesColor: "#000000",
        NoColor: "#8c8c8c",
        NeutralColor: "#bfbfbf",
        SupportColor: "#000000",
        ContestColor: "#000000",
        UndercutColor: "#000000",
        LegendFill: "#ffffff");

    /// <summary>For screens and projectors in dark rooms; the same Okabe-Ito hues, lightened where needed.</summary>
    public static Theme Dark { get; } = new(
        Name: "dark",
        Background: "#15171a",
        Text: "#e8e8e8",
        MutedText: "#a8a8a8",
        QuestionFill: "#e8e8e8",
        QuestionText: "#15171a",
        ClaimFill: "#22262b",
        EvidenceFill: "#1d2024",
        RebuttalFill: "#2a2420",
        BoxStroke: "#5c636b",
        YesColor: "#56b4e9",
        NoColor: "#e69f00",
        NeutralColor: "#777777",
        SupportColor: "#009e73",
        ContestColor: "#e8743b",
        UndercutColor: "#cc79a7",
        LegendFill: "#1d2024");

    public static IReadOnlyList<Theme> All { get; } = [Default, Print, Dark];

    public static Theme? Find(string name) => All.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
