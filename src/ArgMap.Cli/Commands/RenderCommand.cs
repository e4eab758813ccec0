using System.CommandLine;
using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Graph;
using ArgMap.Layout;
using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.Themes;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary><c>argmap render FILE [-o OUT.svg]</c>: draws the map as an SVG diagram.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = CommonOptions.RejectingOptionLikeValues(new Argument<string>("file") { Description = "The argument file (- reads standard input)." });
        var output = CommonOptions.Output("Where to write the SVG (default: beside the input, with .svg).");
        var view = new ViewOptionSet();
        var command = new Command("render", "Draw the argument map as an SVG diagram.") { file, output };
        view.AddTo(command);
        command.SetAction(parsed =>
        {
            var input = parsed.GetValue(file)!;
            if (view.Read(parsed) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var (graph, code) = MapInput.Load(input);
            if (graph is null)
            {
                return code;
            }
            if (options.Focus is { } focus && graph.FindNode(focus) is null)
            {
                Console.Error.WriteLine($"argmap: --focus: no node has the id '{focus}'");
                return ExitCodes.Usage;
            }
            if (view.WantsStatus(parsed))
            {
                options = options with { Status = MapEvaluator.Assess(graph, view.Semantics(parsed)) };
            }
            var svg = SvgExporter.Export(DiagramBuilder.Build(graph, options));
            var target = parsed.GetValue(output) ?? MapInput.DefaultOutput(input, ".svg");
            var result = OutputWriter.WriteText(target, svg, [input]);
            if (result == ExitCodes.Ok && target is not null and not "-")
            {
                Console.Error.WriteLine($"wrote {target}");
            }
            return result;
        });
        return command;
    }
}

/// <summary>The view options render (and later exports) share: theme, sizes, direction, what to show.</summary>
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

    public bool WantsStatus(ParseResult parsed) => parsed.GetValue(_status);

    public SemanticsKind Semantics(ParseResult parsed) => parsed.GetValue(_semantics) switch
    {
        "preferred" => SemanticsKind.Preferred,
        "stable" => SemanticsKind.Stable,
        _ => SemanticsKind.Grounded,
    };

    public ViewOptionSet()
    {
        _side.AcceptOnlyFromAmong("yes", "no");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _theme, _fontSize, _focus, _depth, _side, _noSources, _collapse, _maxWidth, _direction, _citations, _noLegend, _status, _semantics })
        {
            command.Options.Add(option);
        }
    }

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
            Legend = !parsed.GetValue(_noLegend),
        };
    }
}
