using System.CommandLine;
using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Graph;
using ArgMap.Layout;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Themes;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary>The view options render and export share: theme, sizes, direction, what to show, status, caption.</summary>
internal sealed class ViewOptionSet
{
    private readonly Option<string> _theme = CommonOptions.Choice("--theme", "Colour theme: default (colour-blind safe), print (greyscale) or dark.", "default", "print", "dark");
    private readonly Option<double> _fontSize = new("--font-size") { Description = "Base font size in pixels.", DefaultValueFactory = _ => 13 };
    private readonly Option<string?> _focus = new("--focus") { Description = "Draw only the neighbourhood of this node id.", HelpName = "ID" };
    private readonly Option<int> _depth = new("--depth") { Description = "With --focus: how many relation steps to include.", DefaultValueFactory = _ => 2 };
    private readonly Option<string?> _side = new("--side") { Description = "Draw only the question and one side: yes or no." };
    private readonly Option<bool> _noSources = new("--no-sources") { Description = "Leave out the source notes and note numbers." };
    private readonly Option<bool> _collapse = new("--collapse-evidence") { Description = "Hide evidence cards; claims show how many quotes back them." };
    private readonly Option<double> _maxWidth = new("--max-width") { Description = "Widest node box, in pixels.", DefaultValueFactory = _ => 250 };
    private readonly Option<string> _direction = CommonOptions.Choice("--direction", "Layout direction: td (question on top), bu, lr or rl.", "td", "bu", "lr", "rl");
    private readonly Option<string> _citations = CommonOptions.Choice("--citations", "Citation style for source notes: chicago or apa.", "chicago", "apa");
    private readonly Option<bool> _noLegend = new("--no-legend") { Description = "Leave out the legend." };
    private readonly Option<bool> _status = new("--status") { Description = "Show each node's label (IN/OUT/UNDEC), fade defeated nodes, and print the verdict under the title." };
    private readonly Option<string> _semantics = CommonOptions.Choice("--semantics", "With --status: grounded (default), preferred or stable.", "grounded", "preferred", "stable");
    private readonly Option<string?> _caption = new("--caption") { Description = "Add a figure caption (\"Figure 1. …\") in this style under the map: apa or chicago." };

    public ViewOptionSet()
    {
        _side.AcceptOnlyFromAmong("yes", "no");
        _caption.AcceptOnlyFromAmong("apa", "chicago");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _theme, _fontSize, _focus, _depth, _side, _noSources, _collapse, _maxWidth, _direction, _citations, _noLegend, _status, _semantics, _caption })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The semantics to label nodes with when --status is given, else null.</summary>
    public SemanticsKind? Status(ParseResult parsed) => !parsed.GetValue(_status) ? null : parsed.GetValue(_semantics) switch
    {
        "preferred" => SemanticsKind.Preferred,
        "stable" => SemanticsKind.Stable,
        _ => SemanticsKind.Grounded,
    };

    public ViewOptions? Read(ParseResult parsed)
    {
        var fontSize = parsed.GetValue(_fontSize);
        var maxWidth = parsed.GetValue(_maxWidth);
        if (fontSize is < 6 or > 72 || !double.IsFinite(fontSize))
        {
            Console.Error.WriteLine("argmap: --font-size must be between 6 and 72");
            return null;
        }
        if (maxWidth is < 100 or > 2000 || !double.IsFinite(maxWidth))
        {
            Console.Error.WriteLine("argmap: --max-width must be between 100 and 2000");
            return null;
        }
        if (parsed.GetValue(_depth) < 0)
        {
            Console.Error.WriteLine("argmap: --depth must be 0 or more");
            return null;
        }
        return new ViewOptions
        {
            Theme = Theme.Find(parsed.GetValue(_theme)!) ?? Theme.Default,
            FontSize = fontSize,
            Focus = parsed.GetValue(_focus),
            FocusDepth = parsed.GetValue(_depth),
            OnlySide = parsed.GetValue(_side) switch { "yes" => Side.Yes, "no" => Side.No, _ => null },
            NoSources = parsed.GetValue(_noSources),
            CollapseEvidence = parsed.GetValue(_collapse),
            MaxBoxWidth = maxWidth,
            Direction = parsed.GetValue(_direction) switch
            {
                "bu" => LayoutDirection.BottomUp,
                "lr" => LayoutDirection.LeftRight,
                "rl" => LayoutDirection.RightLeft,
                _ => LayoutDirection.TopDown,
            },
            Citations = parsed.GetValue(_citations) == "apa" ? CitationStyle.Apa : CitationStyle.Chicago,
            Caption = parsed.GetValue(_caption) switch { "apa" => CitationStyle.Apa, "chicago" => CitationStyle.Chicago, _ => null },
            Legend = !parsed.GetValue(_noLegend),
        };
    }
}
