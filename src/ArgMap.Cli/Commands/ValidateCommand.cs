using System.CommandLine;
using ArgMap.Core.Diagnostics;
using ArgMap.Formats;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap validate FILE...</c>: reports every problem in every file as <c>path:line:col: error AM012: message</c>,
/// then a one-line summary. Exit 0 without errors (warnings too with --strict), 1 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("files")
        {
            Description = "Argument files to check (- reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        });
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var format = CommonOptions.Format("How to print the diagnostics: text (path:line:col: ...) or json.", "text", "json");
        var command = new Command("validate", "Check argument files and report every problem with its line and column.")
        {
            files, strict, format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(files)!, parsed.GetValue(strict), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(string[] files, bool strict, string format)
    {
        var results = files.Select(f => (File: f, Result: MapLoader.Load(f))).ToList();
        var all = results.SelectMany(r => r.Result.Diagnostics).ToList();
        var errors = all.Count(d => d.IsError);
        var warnings = all.Count(d => d.Severity == Severity.Warning);
        if (format == "json")
        {
            var report = new DiagnosticsReport(
                results.Select(r => new FileReport(r.File, r.Result.Diagnostics.Count(d => d.IsError), r.Result.Diagnostics.Count(d => d.Severity == Severity.Warning))).ToList(),
                errors, warnings, all.Select(DiagnosticEntry.From).ToList());
            Console.Out.Write(DiagnosticsJson.Serialize(report));
        }
        else
        {
            foreach (var d in all)
            {
                Console.Out.WriteLine(d.ToString());
            }
            Console.Out.WriteLine(Summary(results.Count, errors, warnings, results.Count(r => r.Result.HasErrors)));
        }
        var cannotRead = results.Any(r => r.Result.Diagnostics.Any(d => d.Code == DiagnosticCodes.CannotRead));
        return errors > 0 || (strict && warnings > 0)
            ? (cannotRead && errors == results.Sum(r => r.Result.Diagnostics.Count(d => d.Code == DiagnosticCodes.CannotRead)) ? ExitCodes.IoError : ExitCodes.InvalidInput)
            : ExitCodes.Ok;
    }

    internal static string Summary(int files, int errors, int warnings, int filesWithErrors)
    {
        var checkedText = files == 1 ? "1 file checked" : $"{files} files checked";
        if (errors == 0 && warnings == 0)
        {
            return $"{checkedText}: no problems";
        }
        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add($"{errors} error{(errors == 1 ? "" : "s")}" + (files > 1 ? $" in {filesWithErrors} file{(filesWithErrors == 1 ? "" : "s")}" : ""));
        }
        if (warnings > 0)
        {
            parts.Add($"{warnings} warning{(warnings == 1 ? "" : "s")}");
        }
        return $"{checkedText}: {string.Join(", ", parts)}";
    }
}
