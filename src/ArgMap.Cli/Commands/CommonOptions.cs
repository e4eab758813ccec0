using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Output(string description) => new("--output", "-o")
    {
        Description = description + " Use - for standard output.",
        HelpName = "FILE",
    };

    public static Option<string> Format(string description, params string[] formats) => Choice("--format", description, formats);

    /// <summary>An option that takes one of a fixed set of words; the first is the default.</summary>
    public static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => values[0],
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
