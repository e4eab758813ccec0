using System.CommandLine;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Input;
using ArgMap.Formats.Json;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap fmt FILE [--write]</c>: rewrites a map in canonical form (member order, indentation), keeping every
/// member ArgMap does not know. It prints the result unless asked to write the file in place (--write).
/// </summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var file = CommonOptions.RejectingOptionLikeValues(new Argument<string>("file") { Description = "The ArgMap JSON file to format." });
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the file in place (atomically) instead of printing the result." };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if the file is not in canonical form." };
        var dropComments = new Option<bool>("--drop-comments") { Description = "Accept losing // comments (JSON comments cannot be kept)." };
        var command = new Command("fmt", "Rewrite an ArgMap file in canonical form, keeping unknown members.") { file, write, check, dropComments };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var diagnostics = new List<Diagnostic>();
            var input = InputReader.Read(path, diagnostics);
            if (input is null)
            {
                diagnostics.ForEach(d => Console.Error.WriteLine(d.ToString()));
                return diagnostics.All(d => d.Code == DiagnosticCodes.CannotRead) ? ExitCodes.IoError : ExitCodes.InvalidInput;
            }
            var (text, problems) = CanonicalJson.Format(input, parsed.GetValue(dropComments));
            foreach (var problem in problems.Where(p => p.Severity != Severity.Info))
            {
                Console.Error.WriteLine(problem.ToString());
            }
            if (text is null)
            {
                return ExitCodes.InvalidInput;
            }
            var unchanged = text == input.GetString();
            if (parsed.GetValue(check))
            {
                Console.Error.WriteLine(unchanged ? $"{path}: already canonical" : $"{path}: not in canonical form (argmap fmt --write {path} fixes it)");
                return unchanged ? ExitCodes.Ok : ExitCodes.InvalidInput;
            }
            if (!parsed.GetValue(write) || path == "-")
            {
                return OutputWriter.WriteText(null, text);
            }
            if (unchanged)
            {
                Console.Error.WriteLine($"{path}: already canonical");
                return ExitCodes.Ok;
            }
            // The one command that writes over its input, and only when asked to.
            var (code, message) = OutputWriter.TryWrite(path, new System.Text.UTF8Encoding(false).GetBytes(text));
            Console.Error.WriteLine(message ?? $"formatted {path}");
            return code;
        });
        return command;
    }
}
