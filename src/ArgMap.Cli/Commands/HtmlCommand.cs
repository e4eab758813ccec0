using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap html FILE [-o map.html]</c>: one self-contained page with the map, pan and zoom, a details panel,
/// filters, search and collapsible branches; it works offline and with JavaScript off (the static map shows).
/// </summary>
internal static class HtmlCommand
{
    public static Command Create()
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files, or quoted patterns such as 'maps/*.json' (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var output = CommonOptions.Output("Where to write the page (default: beside the input, with .html); a folder for several inputs.");
        var view = new ViewOptionSet();
        var command = new Command("html", "Write an interactive, self-contained HTML map (works offline).") { files, output };
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
            var html = ExportFormats.Find("html")!;
            var status = view.Status(parsed);
            return BatchRunner.Run(inputs, parsed.GetValue(output), html.Extension, (input, target) => ExportJob.Run(input, target, html, options, status));
        });
        return command;
    }
}
