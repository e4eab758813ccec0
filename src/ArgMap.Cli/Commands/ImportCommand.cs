using System.CommandLine;
using ArgMap.Formats.Import;
using ArgMap.Formats.Json;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap import --from FORMAT FILE -o map.json</c>: converts an AIF, Argdown JSON, Microtext, SADFace,
/// Carneades or .apx file into ArgMap's own format, reporting what it had to change or guess.
/// </summary>
internal static class ImportCommand
{
    private static readonly Dictionary<string, InputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["aif"] = InputFormat.Aif,
        ["argdown-json"] = InputFormat.ArgdownJson,
        ["microtext"] = InputFormat.Microtext,
        ["sadface"] = InputFormat.Sadface,
        ["carneades"] = InputFormat.Carneades,
        ["apx"] = InputFormat.Apx,
    };

    public static Command Create()
    {
        var file = CommonOptions.RejectingOptionLikeValues(new Argument<string>("file") { Description = "The file to import (- reads standard input)." });
        var from = new Option<string?>("--from") { Description = "Its format: " + string.Join(", ", Formats.Keys) + " (default: detected from the content)." };
        from.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = CommonOptions.Output("Where to write the ArgMap JSON (default: standard output).");
        var question = new Option<string?>("--question") { Description = "The id (in the source format) of the node to use as the question." };
        var keepDialogue = new Option<bool>("--keep-dialogue") { Description = "AIF: keep the dialogue (locutions, transitions) as notes." };
        var command = new Command("import", "Convert an argument file from another format into ArgMap JSON.") { file, from, output, question, keepDialogue };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var format = parsed.GetValue(from) is { } name ? Formats[name] : (InputFormat?)null;
            var options = new ImportOptions { Question = parsed.GetValue(question), KeepDialogue = parsed.GetValue(keepDialogue) };
            var (loaded, messages, code) = MapInput.Load(path, format, options);
            foreach (var message in messages)
            {
                Console.Error.WriteLine(message);
            }
            if (loaded.Map is null || loaded.HasErrors)
            {
                return code == ExitCodes.Ok ? ExitCodes.InvalidInput : code;
            }
            return OutputWriter.WriteText(parsed.GetValue(output), ArgumentMapJsonWriter.Write(loaded.Map), [path]);
        });
        return command;
    }
}
