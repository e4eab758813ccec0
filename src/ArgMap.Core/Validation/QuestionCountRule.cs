using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using static ArgMap.Core.Validation.RuleDiagnostics;

namespace ArgMap.Core.Validation;

/// <summary>Exactly one node is the question; a second one is reported where it stands, naming the first.</summary>
internal sealed class QuestionCountRule : IMapRule
{
    public IEnumerable<Diagnostic> Check(ArgumentGraph graph)
    {
        var questions = graph.Map.Nodes.Where(n => n.Kind == NodeKind.Question).ToList();
        if (questions.Count == 0)
        {
            yield return Error(DiagnosticCodes.NoQuestion,
                "the map has no question: exactly one node must have \"type\": \"question\"", graph.Map.Nodes.Count > 0 ? "/nodes" : "");
            yield break;
        }
        foreach (var extra in questions.Skip(1))
        {
            yield return Error(DiagnosticCodes.SecondQuestion,
                $"a map has exactly one question, but '{extra.Id}' is a second one; the first is '{questions[0].Id}'",
                extra.Origin, "type", At(questions[0].Origin, "type"));
        }
    }
}
