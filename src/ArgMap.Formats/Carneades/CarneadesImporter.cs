using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArgMap.Formats.Carneades;

/// <summary>
/// Reads Carneades 4 YAML argument graphs.
/// <list type="bullet">
/// <item>Statements become claims (text = the statement's text, else its key; <c>note</c> = the key). Statements
/// that are referenced but not declared are created with the reference as text (AM208).</item>
/// <item>A Carneades argument is not a node in ArgMap: each premise supports the conclusion directly, label = the
/// argument id, weight = the argument's weight when it is a number in 0..1.</item>
/// <item>Negation: a statement <c>¬x</c> / <c>not(x)</c> / <c>neg(x)</c> contests <c>x</c> when both exist. If an
/// argument concludes a negation that is not declared while <c>x</c> is, its premises contest <c>x</c> directly.</item>
/// <item>Issues: the positions of one issue are rivals: each contests each other one (label = the issue id).</item>
/// <item>An argument's undercutter (or <c>exceptions</c>) undercuts its premise -> conclusion relations; when the
/// argument has no premises there is no relation to cut, so the undercutter contests the conclusion instead (AM211).</item>
/// <item>Assumptions (the <c>assumptions</c> list or <c>assumed: true</c>) tag the statement "assumption".</item>
/// <item>Question: the statement named by <see cref="ImportOptions.Question"/>, else a synthesised "What follows?"
/// (id <c>question</c>). Top-level conclusions (statements concluded by an argument or named as an issue position
/// that support nothing, undercut nothing and contest nothing but issue rivals) support it.</item>
/// <item>argument_schemes, issue_schemes, language and weighing_functions (rules Carneades instantiates itself) are
/// not imported; AM205 says so and the question's note lists them.</item>
/// </list>
/// </summary>
public static partial class CarneadesImporter
{
    public static ImportResult Import(InputText input, ImportOptions options) => Read(input, options).Result;

    internal sealed record Reading(ImportResult Result, ImportBuilder? Builder, YamlMappingNode? Root);

    internal static Reading Read(InputText input, ImportOptions options)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(input.GetString());
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(input.DisplayName, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            var message = e.InnerException is { } inner ? e.Message + " " + inner.Message : e.Message;
            return new Reading(ImportBuilder.Failed(input, ImportDiagnosticCodes.MalformedInput, "malformed YAML: " + message, at), null, null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner reports some malformed input this way, without a position.
            return new Reading(ImportBuilder.Failed(input, ImportDiagnosticCodes.MalformedInput, "malformed YAML: " + e.Message, input.Start), null, null);
        }

        var b = new ImportBuilder(input);
        YamlMappingNode? root = null;
        if (stream.Documents.Count > 0)
        {
            var rootNode = stream.Documents[0].RootNode;
            if (rootNode is YamlMappingNode m)
            {
                root = m;
            }
            else if (!(rootNode is YamlScalarNode { Value: null or "" or "~" }))
            {
                return new Reading(ImportBuilder.Failed(input, DiagnosticCodes.WrongType,
                    "a Carneades argument graph is a YAML mapping (meta, statements, arguments, ...)", Loc(input, rootNode)), null, null);
            }
        }

        var importer = new State(b, input);
        importer.Run(root, options);
        return new Reading(b.Result(importer.Title, null), b, root);
    }

    internal static SourceLocation Loc(InputText input, YamlNode node) =>
        new(input.DisplayName, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    internal static string? Scalar(YamlNode? node) => node is YamlScalarNode s ? s.Value : null;

    internal static YamlNode? Child(YamlMappingNode? map, string key)
    {
        if (map is null) return null;
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key) return v;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?:¬\s*(?<x>.+)|(?:not|neg)\s*\((?<x>.+)\)\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    private sealed class State(ImportBuilder b, InputText input)
    {
        private readonly List<string> _unsupported = [];
        private readonly HashSet<string> _structural = new(StringComparer.Ordinal); // ids with supports/undercuts/non-issue contests out
        private readonly HashSet<string> _concluded = new(StringComparer.Ordinal);  // ids concluded or positions

        public string? Title { get; private set; }

        public void Run(YamlMappingNode? root, ImportOptions options)
        {
            var meta = Child(root, "meta") as YamlMappingNode;
            Title = Scalar(Child(meta, "title"))?.Trim();

            if (root is not null)
            {
                foreach (var (k, v) in root.Children)
                {
                    var key = Scalar(k);
                    switch (key)
                    {
                        case "meta" or "statements" or "issues" or "arguments" or "assumptions" or "tests" or "labels":
                            break;
                        case "argument_schemes" or "issue_schemes" or "language" or "weighing_functions":
                            _unsupported.Add(key);
                            b.Warn(ImportDiagnosticCodes.UnsupportedElement,
                                $"'{key}' (rules Carneades instantiates itself) is not imported; the question's note lists it", Loc(input, k));
                            break;
                        default:
                            b.Warn(DiagnosticCodes.UnknownField, $"unknown top-level key '{key}' is ignored", Loc(input, k));
                            break;
                    }
                }
            }

            // Statements.
            if (Child(root, "statements") is YamlMappingNode statements)
            {
                foreach (var (k, v) in statements.Children)
                {
                    var key = Scalar(k) ?? "";
                    if (b.HasNode(key))
                    {
                        b.Warn(DiagnosticCodes.DuplicateId, $"statement '{key}' is declared twice; the second is ignored", Loc(input, k));
                        continue;
                    }
                    string? text;
                    var assumed = false;
                    if (v is YamlMappingNode sm)
                    {
                        text = Scalar(Child(sm, "text"));
                        assumed = Scalar(Child(sm, "assumed")) is "true" or "True" or "yes";
                    }
                    else
                    {
                        text = Scalar(v);
                    }
                    var node = b.AddNode(key, NodeKind.Claim, Clean(text) ?? key, "/statements/" + key, Loc(input, k));
                    node.Note = key;
                    if (assumed) Tag(node);
                }
            }

            // Assumptions.
            if (Child(root, "assumptions") is YamlSequenceNode assumptions)
            {
                foreach (var a in assumptions.Children)
                {
                    if (Scalar(a) is { } key && key.Length > 0)
                    {
                        Tag(Ensure(key, a));
                    }
                }
            }

            // Arguments.
            if (Child(root, "arguments") is YamlMappingNode arguments)
            {
                foreach (var (k, v) in arguments.Children)
                {
                    Argument(Scalar(k) ?? "", k, v as YamlMappingNode);
                }
            }

            // Issues: rival positions (after the arguments: a relation an argument declares between two positions wins).
            if (Child(root, "issues") is YamlMappingNode issues)
            {
                foreach (var (k, v) in issues.Children)
                {
                    var issueId = Scalar(k) ?? "";
                    var positions = (Child(v as YamlMappingNode, "positions") as YamlSequenceNode)?.Children
                        .Where(p => Scalar(p) is { Length: > 0 })
                        .Select(p => Ensure(Scalar(p)!, p).Id)
                        .Distinct(StringComparer.Ordinal)
                        .ToList() ?? [];
                    if (positions.Count == 0)
                    {
                        b.Warn(ImportDiagnosticCodes.IncompleteStructure, $"issue '{issueId}' lists no positions", Loc(input, k));
                    }
                    foreach (var p in positions)
                    {
                        _concluded.Add(p);
                    }
                    foreach (var from in positions)
                    {
                        foreach (var to in positions.Where(t => t != from))
                        {
                            b.AddRelation(RelationKind.Contests, from, to, issueId, Loc(input, k), "/issues/" + issueId, quietDuplicate: true);
                        }
                    }
                }
            }

            // Negated statements contest what they negate.
            foreach (var node in b.Nodes.ToList())
            {
                if (Negation().Match(node.Key) is { Success: true } m && b.NodeByKey(m.Groups["x"].Value.Trim()) is { } positive
                    && !b.HasRelation(node.Id, positive.Id))
                {
                    b.AddRelation(RelationKind.Contests, node.Id, positive.Id, "negation", node.Location, node.Origin);
                    _structural.Add(node.Id);
                }
            }

            Question(options);
        }

        private void Argument(string argId, YamlNode keyNode, YamlMappingNode? arg)
        {
            var at = Loc(input, keyNode);
            var origin = "/arguments/" + argId;
            var conclusionKey = Scalar(Child(arg, "conclusion"));
            if (arg is null || string.IsNullOrWhiteSpace(conclusionKey))
            {
                b.Warn(ImportDiagnosticCodes.IncompleteStructure, $"argument '{argId}' has no conclusion; it is ignored", at);
                return;
            }
            var conclusionNode = Child(arg, "conclusion")!;
            double? weight = double.TryParse(Scalar(Child(arg, "weight")), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : null;

            // Conclusion, or the negated statement's positive when only that one exists.
            var kind = RelationKind.Supports;
            ImportBuilder.NodeDraft conclusion;
            if (!b.HasNode(conclusionKey) && Negation().Match(conclusionKey) is { Success: true } neg && b.NodeByKey(neg.Groups["x"].Value.Trim()) is { } positive)
            {
                kind = RelationKind.Contests;
                conclusion = positive;
            }
            else
            {
                conclusion = Ensure(conclusionKey, conclusionNode);
            }
            _concluded.Add(conclusion.Id);

            var premises = new List<(string Key, YamlNode Node)>();
            switch (Child(arg, "premises"))
            {
                case YamlSequenceNode seq:
                    premises.AddRange(seq.Children.Where(p => Scalar(p) is { Length: > 0 }).Select(p => (Scalar(p)!, p)));
                    break;
                case YamlMappingNode roles:
                    premises.AddRange(roles.Children.Where(p => Scalar(p.Value) is { Length: > 0 }).Select(p => (Scalar(p.Value)!, p.Value)));
                    break;
            }
            if (Child(arg, "scheme") is YamlNode scheme && Scalar(scheme) is null)
            {
                b.Warn(ImportDiagnosticCodes.UnsupportedElement, $"argument '{argId}' has a structured scheme; only its id is kept", Loc(input, scheme));
            }

            var made = new List<RelationKey>();
            foreach (var (key, node) in premises)
            {
                var premise = Ensure(key, node);
                if (b.AddRelation(kind, premise.Id, conclusion.Id, argId, Loc(input, node), origin, weight) || b.HasRelation(premise.Id, conclusion.Id))
                {
                    made.Add(new RelationKey(premise.Id, conclusion.Id));
                    _structural.Add(premise.Id);
                }
            }

            var undercutters = new List<YamlNode>();
            foreach (var field in new[] { "undercutter", "exceptions" })
            {
                switch (Child(arg, field))
                {
                    case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                        undercutters.Add(s);
                        break;
                    case YamlSequenceNode seq:
                        undercutters.AddRange(seq.Children.Where(c => Scalar(c) is { Length: > 0 }));
                        break;
                }
            }
            foreach (var u in undercutters)
            {
                var undercutter = Ensure(Scalar(u)!, u);
                _structural.Add(undercutter.Id);
                if (made.Count == 0)
                {
                    b.Warn(ImportDiagnosticCodes.UndercutAsContest,
                        $"argument '{argId}' has no premises, so its undercutter '{undercutter.Id}' has no relation to cut; it contests the conclusion '{conclusion.Id}' instead",
                        Loc(input, u));
                    b.AddRelation(RelationKind.Contests, undercutter.Id, conclusion.Id, "undercuts " + argId, Loc(input, u), origin);
                    continue;
                }
                foreach (var key in made)
                {
                    b.AddUndercut(undercutter.Id, key, Loc(input, u), origin);
                }
            }
        }

        private void Question(ImportOptions options)
        {
            string questionId;
            if (b.Nodes.Count == 0)
            {
                questionId = b.SynthesiseQuestion("(no argument content)");
                b.Warn(ImportDiagnosticCodes.NoArgumentContent, "the argument graph has no statements; the map holds only a synthesised question", input.Start);
            }
            else
            {
                ImportBuilder.NodeDraft? chosen = null;
                if (options.Question is { } wanted)
                {
                    chosen = b.NodeByKey(wanted);
                    if (chosen is null)
                    {
                        b.Warn(ImportDiagnosticCodes.QuestionOptionNotFound, $"the question '{wanted}' names no statement; \"What follows?\" is synthesised", input.Start);
                    }
                }
                // Top-level conclusions: concluded (or issue positions) and neither premise, undercutter nor negation.
                var topLevel = b.Nodes.Where(n => _concluded.Contains(n.Id) && !_structural.Contains(n.Id)).Select(n => n.Id).ToList();
                if (chosen is not null)
                {
                    b.MakeQuestion(chosen.Id);
                    questionId = chosen.Id;
                    b.Info(ImportDiagnosticCodes.QuestionChosen, $"statement '{chosen.Key}' is the question, as asked", chosen.Location);
                }
                else
                {
                    questionId = b.SynthesiseQuestion("What follows?");
                    b.Info(ImportDiagnosticCodes.QuestionChosen,
                        string.Create(CultureInfo.InvariantCulture, $"the question \"What follows?\" ('{questionId}') is synthesised; {topLevel.Count} top-level conclusions support it"),
                        input.Start);
                }
                foreach (var id in topLevel.Where(id => id != questionId))
                {
                    b.AddRelation(RelationKind.Supports, id, questionId, null, b.Node(id)!.Location, b.Node(id)!.Origin, quietDuplicate: true);
                }
            }
            if (_unsupported.Count > 0)
            {
                b.Node(questionId)!.Note = "Not imported (Carneades instantiates these itself): " + string.Join(", ", _unsupported);
            }
        }

        private ImportBuilder.NodeDraft Ensure(string key, YamlNode at)
        {
            if (b.NodeByKey(key) is { } existing) return existing;
            b.Warn(ImportDiagnosticCodes.UndeclaredStatement, $"statement '{key}' is used but not declared under 'statements'; a claim is created for it", Loc(input, at));
            var node = b.AddNode(key, NodeKind.Claim, key, "/statements/" + key, Loc(input, at));
            node.Note = key;
            return node;
        }

        private static void Tag(ImportBuilder.NodeDraft node)
        {
            if (!node.Tags.Contains("assumption")) node.Tags.Add("assumption");
        }

        private static string? Clean(string? text)
        {
            if (text is null) return null;
            var t = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return t.Length == 0 ? null : t;
        }
    }
}

/// <summary>The labels a Carneades file says its statements should get (<c>tests: {in, out, undecided}</c>, or <c>labels:</c>).</summary>
public static class CarneadesExpectations
{
    /// <summary>
    /// Statement id, as the importer names it in the produced map, -> "in", "out" or "undecided". Statements the map
    /// does not hold are left out; a malformed file gives an empty dictionary.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(InputText input)
    {
        var reading = CarneadesImporter.Read(input, ImportOptions.Default);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reading.Builder is null || reading.Root is null)
        {
            return result;
        }
        foreach (var block in new[] { "tests", "labels" })
        {
            if (CarneadesImporter.Child(reading.Root, block) is not YamlMappingNode tests) continue;
            foreach (var label in new[] { "in", "out", "undecided" })
            {
                if (CarneadesImporter.Child(tests, label) is not YamlSequenceNode list) continue;
                foreach (var item in list.Children)
                {
                    if (CarneadesImporter.Scalar(item) is { } key && reading.Builder.IdOf(key) is { } id)
                    {
                        result.TryAdd(id, label);
                    }
                }
            }
        }
        return result;
    }
}
