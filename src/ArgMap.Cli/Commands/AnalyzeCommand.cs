using System.CommandLine;
using ArgMap.Analysis.Evaluation;
using ArgMap.Formats;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap analyze FILE</c>: does the headline claim stand? The verdict under each semantics, every node's label,
/// score and explanation, then the lints, as text, JSON or Markdown.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = CommonOptions.RejectingOptionLikeValues(new Argument<string>("file") { Description = "The argument file (- reads standard input)." });
        var semantics = CommonOptions.Choice("--semantics", "Which semantics labels the nodes: grounded (cautious, the default), preferred (credulous) or stable.", "grounded", "preferred", "stable");
        var format = CommonOptions.Format("Output: text (a table), json (for tools) or md (Markdown).", "text", "json", "md");
        var output = CommonOptions.Output("Write the report to this file instead of standard output.");
        var command = new Command("analyze", "Evaluate the argument: which claims stand, which fall, why, and what to shore up.")
        {
            file, semantics, format, output,
        };
        command.SetAction(parsed =>
        {
            var input = parsed.GetValue(file)!;
            var result = MapLoader.Load(input);
            foreach (var d in result.Diagnostics.Where(d => d.IsError))
            {
                Console.Error.WriteLine(d.ToString());
            }
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"argmap: {input}: not analysed: fix the errors above (argmap validate {input} lists them all)");
                return result.Diagnostics.Where(d => d.IsError).All(d => d.Code == Core.Diagnostics.DiagnosticCodes.CannotRead) ? ExitCodes.IoError : ExitCodes.InvalidInput;
            }
            var kind = parsed.GetValue(semantics) switch
            {
                "preferred" => SemanticsKind.Preferred,
                "stable" => SemanticsKind.Stable,
                _ => SemanticsKind.Grounded,
            };
            var assessment = MapEvaluator.Assess(result.Graph!, kind);
            var text = parsed.GetValue(format) switch
            {
                "json" => AnalysisJson.Serialize(AnalysisReport.From(input, assessment, result.Locate)),
                "md" => AnalysisMarkdown.Write(result.Graph!, assessment),
                _ => AnalysisText.Write(input, result.Graph!, assessment, result.Locate),
            };
            return OutputWriter.WriteText(parsed.GetValue(output), text, [input]);
        });
        return command;
    }
}
