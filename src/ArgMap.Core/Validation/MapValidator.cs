using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;

namespace ArgMap.Core.Validation;

/// <summary>
/// The semantic checks every map goes through, whatever format it was read from. Diagnostics come back in a
/// stable order: by rule, then by position in the file.
/// </summary>
public static class MapValidator
{
    private static readonly IMapRule[] Rules =
    [
        new QuestionCountRule(),
        new DuplicateIdRule(),
        new ReferenceRule(),
        new StructureWarningsRule(),
        new SafeTextRule(),
    ];

    public static IReadOnlyList<Diagnostic> Validate(ArgumentGraph graph) =>
        Rules.SelectMany(rule => rule.Check(graph)).ToList();
}
