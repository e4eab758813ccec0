using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;
using ArgMap.Reasoning;

namespace ArgMap.Formats.Apx;

/// <summary>
/// Reads an abstract argumentation framework in the ASPARTIX .apx format (<c>arg(a).</c>, <c>att(a,b).</c>) as a
/// map: each argument becomes a claim whose id is the argument's name, each attack a contest, and a question is
/// synthesised that the unattacked arguments support. Nothing else supports a claim, so ArgMap's labels of the
/// claims are exactly the framework's Dung labels (see docs/reasoning.md).
/// </summary>
public static partial class ApxImporter
{
    public const string QuestionId = "question";

    public static ImportResult Import(InputText input, ImportOptions options)
    {
        var (framework, problems) = ApxReader.Parse(input.GetString(), input.DisplayName);
        if (framework is null)
        {
            return new ImportResult(null, problems
                .Select(p => new Diagnostic(DiagnosticCodes.MalformedJson, Severity.Error, $"malformed .apx: {p.Message}",
                    new SourceLocation(input.DisplayName, p.Line, p.Column)))
                .ToList());
        }
        var ids = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal) { QuestionId };
        var diagnostics = new List<Diagnostic>();
        for (var a = 0; a < framework.Count; a++)
        {
            var name = framework.NameOf(a);
            var id = SafeId().Replace(name, "_");
            while (!used.Add(id))
            {
                id += "_";
            }
            if (id != name)
            {
                diagnostics.Add(new Diagnostic("AM206", Severity.Warning, $"argument '{name}' is renamed '{id}' (ids use letters, digits, '-', '_', '.', ':')", input.Start));
            }
            ids[a] = id;
        }
        var nodes = new List<ArgumentNode>
        {
            new(QuestionId, NodeKind.Question, "Which arguments are acceptable?", [], Note: "Synthesised above the unattacked arguments of " + Path.GetFileName(input.DisplayName)),
        };
        var relations = new List<Relation>();
        for (var a = 0; a < framework.Count; a++)
        {
            nodes.Add(new ArgumentNode(ids[a], NodeKind.Claim, framework.NameOf(a), []));
            if (framework.AttackersOf(a).Length == 0)
            {
                relations.Add(new Relation(RelationKind.Supports, ids[a], QuestionId, Order: relations.Count));
            }
        }
        foreach (var (from, to) in framework.AttackPairs)
        {
            relations.Add(new Relation(RelationKind.Contests, ids[from], ids[to], Order: relations.Count));
        }
        var map = new ArgumentMap(1, Path.GetFileNameWithoutExtension(input.DisplayName), $"{framework.Count} arguments, {framework.AttackCount} attacks (ASPARTIX .apx)",
            null, nodes, relations, [], [], input.DisplayName);
        return new ImportResult(map, diagnostics);
    }

    [GeneratedRegex("[^A-Za-z0-9_.:-]")]
    private static partial Regex SafeId();
}
