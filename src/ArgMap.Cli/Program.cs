using System.CommandLine;
using ArgMap.Cli;
using ArgMap.Cli.Commands;

// The one place exceptions are caught: anything that reaches here is a bug in ArgMap, not in the user's input.
try
{
    var root = new RootCommand("ArgMap: maps the claims, evidence and rebuttals that answer a question, and draws them.")
    {
        ValidateCommand.Create(),
        RenderCommand.Create(),
        AnalyzeCommand.Create(),
        ExportCommand.Create(),
        HtmlCommand.Create(),
        DebateCommand.Create(),
        ServeCommand.Create(),
        ImportCommand.Create(),
        FmtCommand.Create(),
        SchemaCommand.Create(),
    };
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine($"argmap: {error.Message}");
        }
        Console.Error.WriteLine("Run 'argmap --help' for usage.");
        return ExitCodes.Usage;
    }
    return parsed.Invoke();
}
catch (Exception e)
{
    Console.Error.WriteLine($"argmap: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("This is a bug in ArgMap, not in your file. Please report it with the command you ran.");
    return ExitCodes.InternalError;
}
