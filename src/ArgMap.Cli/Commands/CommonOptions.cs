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

    /// <summary>
    /// Files are never spelled like options: without this, a mistyped option ("--strcit") would be read as a file
    /// name and reported as "file not found" instead of as a usage error.
    /// </summary>
    public static T RejectingOptionLikeValues<T>(T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-"))
            {
                result.AddError($"unknown option '{token.Value}' (files cannot start with '-'; use ./{token.Value} for such a file)");
            }
        });
        return argument;
    }
}
