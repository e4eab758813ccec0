using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;

namespace ArgMap.Formats.Import;

/// <summary>What an importer read: the map (null when the input could not be read at all) and every problem, located.</summary>
public sealed record ImportResult(ArgumentMap? Map, IReadOnlyList<Diagnostic> Diagnostics);
