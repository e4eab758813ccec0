using ArgMap.Core.Diagnostics;
using ArgMap.Formats.Aif;
using ArgMap.Formats.Apx;
using ArgMap.Formats.ArgdownJson;
using ArgMap.Formats.Carneades;
using ArgMap.Formats.Microtext;
using ArgMap.Formats.Sadface;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.Import;

/// <summary>Dispatches to the importer for a format. A closed set: a switch is clearer than a registry.</summary>
public static class Importers
{
    public static ImportResult Import(InputFormat format, InputText input, ImportOptions options) => format switch
    {
        InputFormat.Aif => AifImporter.Import(input, options),
        InputFormat.Carneades => CarneadesImporter.Import(input, options),
        InputFormat.Microtext => MicrotextImporter.Import(input, options),
        InputFormat.Sadface => SadfaceImporter.Import(input, options),
        InputFormat.ArgdownJson => ArgdownJsonImporter.Import(input, options),
        InputFormat.Apx => ApxImporter.Import(input, options),
        _ => new ImportResult(null, [new Diagnostic(DiagnosticCodes.CannotRead, Severity.Error,
            $"reading {format} files is not built yet", input.Start)]),
    };
}
