using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;

namespace ArgMap.Core.Validation;

/// <summary>One check of a whole map. Rules report problems as diagnostics located by the elements' origins.</summary>
internal interface IMapRule
{
    IEnumerable<Diagnostic> Check(ArgumentGraph graph);
}
