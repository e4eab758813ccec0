using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary>
/// The shape of the commands that turn maps into one output format with the shared view options (render, html):
/// files or patterns in, one output or a folder out, in parallel.
/// </summary>
internal static class DiagramCommand
{
    public static Command Create(string name, string description, string formatName, string outputHelp)
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files, or quoted patterns such as 'maps/*.json' (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var output = CommonOptions.Output(outputHelp);
        var view = new ViewOptionSet();
        var command = new Command(name, description) { files, output };
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
            var format = ExportFormats.Find(formatName)!;
            var status = view.Status(parsed);
            return BatchRunner.Run(inputs, parsed.GetValue(output), format.Extension, (input, target) => ExportJob.Run(input, target, format, options, status));
        });
        return command;
    }
}
