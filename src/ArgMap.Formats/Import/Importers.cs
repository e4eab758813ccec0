using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Import;

/// <summary>Dispatches to the importer for a format. A closed set: a switch is clearer than a registry.</summary>
public static class Importers
{
    public static ImportResult Import(InputFormat format, InputText input, ImportOptions options) => format switch
    {
        _ => new ImportResult(null, [new Diagnostic(DiagnosticCodes.CannotRead, Severity.Error,
            $"reading {format} files is not built yet", input.Start)]),
    };
}
