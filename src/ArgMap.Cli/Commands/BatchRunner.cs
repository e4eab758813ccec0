using Spectre.Console;

namespace ArgMap.Cli.Commands;

/// <summary>The result of turning one input into one output.</summary>
internal sealed record FileOutcome(string Input, string? Output, int ExitCode, IReadOnlyList<string> Messages)
{
    public bool Succeeded => ExitCode == ExitCodes.Ok;
}

/// <summary>
/// Runs a per-file job over one or many inputs. One input writes where -o says (or beside the input); several
/// inputs, or -o naming a folder, write one file per input into that folder, in parallel, with a progress bar on a
/// terminal and plain lines when piped. Every file that succeeds is written even when others fail; the exit code
/// is then 1. Messages are printed in input order, so the output does not depend on scheduling.
/// </summary>
internal static class BatchRunner
{
    public static int Run(IReadOnlyList<string> inputs, string? output, string extension, Func<string, string?, FileOutcome> job)
    {
        var batch = inputs.Count > 1 || (output is not null && output != "-" && (output.EndsWith('/') || Directory.Exists(output)));
        if (!batch)
        {
            var input = inputs[0];
            var outcome = job(input, output ?? MapInput.DefaultOutput(input, extension));
            foreach (var message in outcome.Messages)
            {
                Console.Error.WriteLine(message);
            }
            return outcome.ExitCode;
        }
        if (output == "-")
        {
            Console.Error.WriteLine("argmap: several inputs need an output folder (-o out/), not standard output");
            return ExitCodes.Usage;
        }
        if (inputs.Contains("-"))
        {
            Console.Error.WriteLine("argmap: standard input (-) can only be used alone");
            return ExitCodes.Usage;
        }
        var folder = output ?? ".";
        var targets = OutputNames(inputs, folder, extension);
        var outcomes = new FileOutcome[inputs.Count];
        void RunAll(Action? tick) => Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            outcomes[i] = job(inputs[i], targets[i]);
            tick?.Invoke();
        });

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (console.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
        {
            console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask($"{inputs.Count} files", maxValue: inputs.Count);
                RunAll(() => task.Increment(1));
            });
        }
        else
        {
            RunAll(null);
        }

        foreach (var outcome in outcomes)
        {
            foreach (var message in outcome.Messages)
            {
                Console.Error.WriteLine(message);
            }
        }
        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        Console.Error.WriteLine($"{inputs.Count} files: {inputs.Count - failed.Count} written, {failed.Count} failed");
        foreach (var f in failed)
        {
            Console.Error.WriteLine($"  failed: {f.Input}");
        }
        return failed.Count == 0 ? ExitCodes.Ok : failed.All(f => f.ExitCode == ExitCodes.IoError) ? ExitCodes.IoError : ExitCodes.InvalidInput;
    }

    /// <summary>out/NAME.ext per input; two inputs with the same name get their folder names prefixed, so nothing is overwritten.</summary>
    private static string[] OutputNames(IReadOnlyList<string> inputs, string folder, string extension)
    {
        var names = inputs.Select(i => Path.GetFileNameWithoutExtension(i)).ToArray();
        var clashes = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return inputs.Select((input, i) =>
        {
            var name = names[i];
            if (clashes.Contains(name))
            {
                var parent = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(input))) ?? "";
                name = $"{parent}-{name}";
            }
            return Path.Combine(folder, name + extension);
        }).ToArray();
    }
}
