using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap export FILE... --format F [-o OUT]</c>: writes maps in another format, named by --format or inferred
/// from the output's extension; several inputs go to an output folder in parallel.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files, or quoted patterns such as 'maps/*.json' (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", ExportFormats.All.Select(f => $"{f.Name} ({f.Description})")) + ". Default: from the output's extension.",
        };
        format.AcceptOnlyFromAmong(ExportFormats.All.Select(f => f.Name).ToArray());
        var output = CommonOptions.Output("Where to write (default: beside the input, with the format's extension); a folder for several inputs.");
        var scale = new Option<double?>("--scale") { Description = "PNG: pixels per SVG unit (2 = @2x; default 1)." };
        var dpi = new Option<double?>("--dpi") { Description = "PNG: resolution in dots per inch (96 = scale 1)." };
        var view = new ViewOptionSet();
        var command = new Command("export", "Export argument maps as SVG, PNG, PDF, HTML, DOT, GraphML, Markdown, Argdown, AIF or ArgMap JSON.") { files, format, output, scale, dpi };
        view.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(output);
            var chosen = parsed.GetValue(format) is { } name ? ExportFormats.Find(name) : ExportFormats.ForPath(target);
            if (chosen is null)
            {
                Console.Error.WriteLine(target is null or "-"
                    ? "argmap: name the format with --format (svg, png, pdf, ...) or give an output file whose extension names it"
                    : $"argmap: cannot tell the format from '{target}'; name it with --format");
                return ExitCodes.Usage;
            }
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
            var factor = parsed.GetValue(dpi) is { } d ? d / 96 : parsed.GetValue(scale) ?? 1;
            if (!(factor > 0 && factor <= 16))
            {
                Console.Error.WriteLine("argmap: --scale must be above 0 and at most 16 (--dpi at most 1536)");
                return ExitCodes.Usage;
            }
            var status = view.Status(parsed);
            return BatchRunner.Run(inputs, target, chosen.Extension, (input, path) => ExportJob.Run(input, path, chosen, options, status, factor));
        });
        return command;
    }
}
