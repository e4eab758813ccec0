using System.Globalization;
using System.Text.Json;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Model;
using ArgMap.Formats.Import;
using ArgMap.Formats.Input;

namespace ArgMap.Formats.ArgdownJson;

/// <summary>
/// Reads the JSON export of Argdown (<c>argdown json</c>): <c>statements</c> (equivalence classes keyed by title),
/// <c>arguments</c> (keyed by title) and <c>relations</c>.
/// <list type="bullet">
/// <item>Statements become claims: text = the first member's text, else the title. Arguments become claims tagged
/// "argument": text = the description, else the title.</item>
/// <item>An argument's premise-conclusion structure: each premise (and intermediary conclusion) supports the argument
/// (label "premise"), and the argument supports its main conclusion.</item>
/// <item>Relations: support -> supports; attack and contrary -> contests as declared; contradictory -> contests both
/// ways (it is symmetric). undercut -> an undercut of every relation the target argument declares; when the target has
/// none (or is a statement), a contests relation instead (AM211).</item>
/// <item>Question: the statement or argument titled <see cref="ImportOptions.Question"/>, else a synthesised "What
/// follows?" that every node with no outgoing relation or undercut supports.</item>
/// </list>
/// </summary>
public static class ArgdownJsonImporter
{
    private const string StatementKey = "statement:";
    private const string ArgumentKey = "argument:";

    public static ImportResult Import(InputText input, ImportOptions options)
    {
        var json = ImportJson.ParseObject(input, "an Argdown JSON export is an object with \"statements\", \"arguments\" and \"relations\"", out var failure);
        if (json is null)
        {
            return failure!;
        }
        using var _ = json.Document;
        var root = json.Root;
        var b = new ImportBuilder(input);

        if (root.TryGetProperty("statements", out var statements) && statements.ValueKind == JsonValueKind.Object)
        {
            foreach (var s in statements.EnumerateObject())
            {
                var pointer = ImportJson.Pointer("/statements", s.Name);
                var text = FirstMemberText(s.Value) ?? s.Name;
                var node = b.AddNode(StatementKey + s.Name, NodeKind.Claim, b.CleanHtml(text, json.At(pointer)), pointer, json.At(pointer), s.Name);
                AddTags(node, s.Value);
            }
        }
        if (root.TryGetProperty("arguments", out var arguments) && arguments.ValueKind == JsonValueKind.Object)
        {
            foreach (var a in arguments.EnumerateObject())
            {
                var pointer = ImportJson.Pointer("/arguments", a.Name);
                var text = FirstMemberText(a.Value) ?? a.Name;
                var node = b.AddNode(ArgumentKey + a.Name, NodeKind.Claim, b.CleanHtml(text, json.At(pointer)), pointer, json.At(pointer), a.Name);
                node.Tags.Add("argument");
                AddTags(node, a.Value);
                if (text != a.Name) node.Note = a.Name;
            }
            foreach (var a in arguments.EnumerateObject())
            {
                var pointer = ImportJson.Pointer("/arguments", a.Name);
                var argId = b.IdOf(ArgumentKey + a.Name)!;
                foreach (var (m, i) in ImportJson.Array(a.Value, "pcs"))
                {
                    var title = ImportJson.Str(m, "title");
                    var role = ImportJson.Str(m, "role");
                    var at = json.At(ImportJson.Pointer(pointer + "/pcs", i));
                    if (title is null || b.IdOf(StatementKey + title) is not { } statementId)
                    {
                        b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"argument '{a.Name}' names the statement '{title}', which is not in \"statements\"", at);
                        continue;
                    }
                    if (role == "main-conclusion")
                    {
                        b.AddRelation(RelationKind.Supports, argId, statementId, null, at, pointer, quietDuplicate: true);
                    }
                    else
                    {
                        b.AddRelation(RelationKind.Supports, statementId, argId, "premise", at, pointer, quietDuplicate: true);
                    }
                }
            }
        }

        var undercuts = new List<(JsonElement Relation, string Pointer)>();
        foreach (var (r, i) in ImportJson.Array(root, "relations"))
        {
            var pointer = ImportJson.Pointer("/relations", i);
            var type = ImportJson.Str(r, "relationType");
            if (type == "undercut")
            {
                undercuts.Add((r, pointer));
                continue;
            }
            var at = json.At(pointer);
            if (Resolve(b, r, "from") is not { } from || Resolve(b, r, "to") is not { } to)
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"{type} relation names '{ImportJson.Str(r, "from")}' -> '{ImportJson.Str(r, "to")}', which is not a statement or argument of the file; it is dropped", at);
                continue;
            }
            switch (type)
            {
                case "support":
                    b.AddRelation(RelationKind.Supports, from, to, null, at, pointer);
                    break;
                case "attack":
                case "contrary":
                    b.AddRelation(RelationKind.Contests, from, to, type == "contrary" ? "contrary" : null, at, pointer);
                    break;
                case "contradictory":
                    b.AddRelation(RelationKind.Contests, from, to, "contradictory", at, pointer);
                    b.AddRelation(RelationKind.Contests, to, from, "contradictory", at, pointer, quietDuplicate: true);
                    break;
                default:
                    b.Warn(ImportDiagnosticCodes.UnsupportedElement, $"relation type '{type}' is not imported", at);
                    break;
            }
        }
        foreach (var (r, pointer) in undercuts)
        {
            var at = json.At(pointer);
            if (Resolve(b, r, "from") is not { } from || Resolve(b, r, "to") is not { } to)
            {
                b.Warn(ImportDiagnosticCodes.MissingEdgeEnd, $"undercut names '{ImportJson.Str(r, "from")}' -> '{ImportJson.Str(r, "to")}', which is not a statement or argument of the file; it is dropped", at);
                continue;
            }
            var targets = b.Relations.Where(x => x.From == to).Select(x => x.Key).ToList();
            if (targets.Count == 0)
            {
                b.Warn(ImportDiagnosticCodes.UndercutAsContest, $"undercut of '{to}', which declares no relation to cut; it is imported as contests", at);
                b.AddRelation(RelationKind.Contests, from, to, "undercut", at, pointer);
                continue;
            }
            foreach (var key in targets)
            {
                b.AddUndercut(from, key, at, pointer);
            }
        }

        if (b.Nodes.Count == 0)
        {
            b.SynthesiseQuestion("(no argument content)");
            b.Warn(ImportDiagnosticCodes.NoArgumentContent, "the Argdown export has no statements or arguments; the map holds only a synthesised question", input.Start);
            return b.Result(null, null);
        }
        var outgoing = b.Relations.Select(r => r.From).Concat(b.Undercuts.Select(u => u.From)).ToHashSet(StringComparer.Ordinal);
        var sinks = b.Nodes.Where(n => !outgoing.Contains(n.Id)).Select(n => n.Id).ToList();
        string questionId;
        if (options.Question is { } wanted && (b.IdOf(StatementKey + wanted) ?? b.IdOf(ArgumentKey + wanted)) is { } chosen)
        {
            b.MakeQuestion(chosen);
            questionId = chosen;
            b.Info(ImportDiagnosticCodes.QuestionChosen, $"'{wanted}' is the question, as asked", b.Node(chosen)!.Location);
        }
        else
        {
            if (options.Question is { } missing)
            {
                b.Warn(ImportDiagnosticCodes.QuestionOptionNotFound, $"the question '{missing}' names no statement or argument; \"What follows?\" is synthesised", input.Start);
            }
            questionId = b.SynthesiseQuestion("What follows?");
            b.Info(ImportDiagnosticCodes.QuestionChosen,
                string.Create(CultureInfo.InvariantCulture, $"the question \"What follows?\" ('{questionId}') is synthesised; the {sinks.Count} nodes that support or attack nothing support it"),
                input.Start);
        }
        foreach (var id in sinks.Where(id => id != questionId))
        {
            b.AddRelation(RelationKind.Supports, id, questionId, null, b.Node(id)!.Location, b.Node(id)!.Origin, quietDuplicate: true);
        }
        return b.Result(null, null);
    }

    private static string? Resolve(ImportBuilder b, JsonElement relation, string end)
    {
        var title = ImportJson.Str(relation, end);
        if (title is null) return null;
        var type = ImportJson.Str(relation, end + "Type");
        return type == "argument"
            ? b.IdOf(ArgumentKey + title)
            : b.IdOf(StatementKey + title) ?? b.IdOf(ArgumentKey + title);
    }

    private static string? FirstMemberText(JsonElement e)
    {
        foreach (var (m, _) in ImportJson.Array(e, "members"))
        {
            if (ImportJson.Str(m, "text") is { } t && t.Trim().Length > 0)
            {
                return t.Trim();
            }
        }
        return null;
    }

    private static void AddTags(ImportBuilder.NodeDraft node, JsonElement e)
    {
        foreach (var (t, _) in ImportJson.Array(e, "tags"))
        {
            if (t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } tag && !node.Tags.Contains(tag))
            {
                node.Tags.Add(tag);
            }
        }
    }
}
