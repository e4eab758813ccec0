using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary><c>argmap render FILE... [-o OUT.svg | -o FOLDER/]</c>: draws maps as SVG diagrams.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files, or quoted patterns such as 'maps/*.json' (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var output = CommonOptions.Output("Where to write the SVG (default: beside the input, with .svg); a folder for several inputs.");
        var view = new ViewOptionSet();
        var command = new Command("render", "Draw argument maps as SVG diagrams.") { files, output };
        view.AddTo(command);
        command.SetAction(parsed =>
        {
            if (view.Read(parsed) is not { } options)
            {
                return ExitCodes.Usage;
            }
            var (inputs, error) = InputFiles.Expand(parsed.GetValue(files)!);
            if (error is not null)
            {
                Console.Error.WriteLine($"argmap: {error}");
                return ExitCodes.Usage;
            }
            var svg = ExportFormats.Find("svg")!;
            var status = view.Status(parsed);
            return BatchRunner.Run(inputs, parsed.GetValue(output), svg.Extension, (input, target) => ExportJob.Run(input, target, svg, options, status));
        });
        return command;
    }
}
