using System.CommandLine;
using System.Text;
using ArgMap.Analysis.Evaluation;
using ArgMap.Rendering.Debate;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap debate FILE [-o packet.html] [--format html|md] [--paper a4|letter]</c>: a printable classroom packet
/// for both sides of the question (cover and verdict, each side's case with evidence cards, blocks, a blank flow
/// sheet, the map). The view options shape the map at the end of the HTML packet.
/// </summary>
internal static class DebateCommand
{
    public static Command Create()
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files, or quoted patterns such as 'maps/*.json' (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var output = CommonOptions.Output("Where to write the packet (default: beside the input, with .debate.html or .debate.md); a folder for several inputs.");
        var format = new Option<string?>("--format", "-f") { Description = "html (printable page, the default) or md (Markdown). Default: from the output's extension, else html." };
        format.AcceptOnlyFromAmong("html", "md");
        var paper = CommonOptions.Choice("--paper", "Paper size for printing the HTML packet: a4 (default) or letter.", "a4", "letter");
        var view = new ViewOptionSet();
        var command = new Command("debate", "Write a printable debate packet for both sides: cases with evidence cards, blocks, a flow sheet and the map.")
        {
            files, output, format, paper,
        };
        view.AddTo(command);
        // The shared view options carry --semantics; the packet always labels its claims, so it reads it even without --status.
        var semantics = command.Options.OfType<Option<string>>().First(o => o.Name == "--semantics");
        command.SetAction(parsed =>
        {
            if (view.Read(parsed) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var target = parsed.GetValue(output);
            var markdown = parsed.GetValue(format) is { } named
                ? named == "md"
                : target is not null && (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));
            var (inputs, error) = InputFiles.Expand(parsed.GetValue(files)!);
            if (error is not null)
            {
                Console.Error.WriteLine($"argmap: {error}");
                return ExitCodes.Usage;
            }
            var kind = parsed.GetValue(semantics) switch
            {
                "preferred" => SemanticsKind.Preferred,
                "stable" => SemanticsKind.Stable,
                _ => SemanticsKind.Grounded,
            };
            var debate = new DebateOptions
            {
                Paper = parsed.GetValue(paper) == "letter" ? PaperSize.Letter : PaperSize.A4,
                Citations = options.Citations,
                View = options,
            };
            var extension = markdown ? ".debate.md" : ".debate.html";
            return BatchRunner.Run(inputs, target, extension, (input, path) => Run(input, path, markdown, debate, kind));
        });
        return command;
    }

    private static FileOutcome Run(string input, string? output, bool markdown, DebateOptions options, SemanticsKind semantics)
    {
        var (loaded, messages, code) = MapInput.Load(input);
        if (code != ExitCodes.Ok)
        {
            return new FileOutcome(input, null, code, messages);
        }
        var graph = loaded.Graph!;
        if (options.View.Focus is { } focus && graph.FindNode(focus) is null)
        {
            messages.Add($"argmap: {input}: --focus: no node has the id '{focus}'");
            return new FileOutcome(input, null, ExitCodes.Usage, messages);
        }
        var assessment = MapEvaluator.Assess(graph, semantics);
        var text = markdown ? DebatePacket.Markdown(graph, assessment, options) : DebatePacket.Html(graph, assessment, options);
        var (writeCode, writeMessage) = OutputWriter.TryWrite(output, new UTF8Encoding(false).GetBytes(text), [input]);
        if (writeMessage is not null)
        {
            messages.Add(writeMessage);
        }
        else if (output is not null and not "-")
        {
            messages.Add($"wrote {output}");
        }
        return new FileOutcome(input, output, writeCode, messages);
    }
}
