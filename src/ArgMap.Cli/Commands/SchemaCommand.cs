using System.CommandLine;
using ArgMap.Formats.Json;

namespace ArgMap.Cli.Commands;

/// <summary><c>argmap schema</c>: prints the JSON Schema of the argument file format.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = CommonOptions.Output("Write the schema to this file instead of standard output.");
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the argument file format, for editors and tools.")
        {
            output,
        };
        command.SetAction(parsed => OutputWriter.WriteText(parsed.GetValue(output), ArgMapSchema.Text));
        return command;
    }
}
