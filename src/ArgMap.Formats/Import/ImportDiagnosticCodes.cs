namespace ArgMap.Formats.Import;

/// <summary>
/// Diagnostic codes the importers report (AM2xx). Like <see cref="ArgMap.Core.Diagnostics.DiagnosticCodes"/>, they are
/// stable. Everything odd in a file that can still be read is a warning (or info); only input that cannot be parsed
/// at all is an error.
/// </summary>
public static class ImportDiagnosticCodes
{
    /// <summary>AM200 (warning): an edge or relation names a node the file does not contain; the edge is dropped.</summary>
    public const string MissingEdgeEnd = "AM200";

    /// <summary>AM201 (warning): a relation from a node to itself; ArgMap forbids it, so it is dropped.</summary>
    public const string SelfLoopDropped = "AM201";

    /// <summary>
    /// AM202 (info, or warning when something had to change): which node became the question, or that one was
    /// synthesised; also reported when the chosen node's own outgoing relations had to be dropped.
    /// </summary>
    public const string QuestionChosen = "AM202";

    /// <summary>AM203 (warning): the input holds no argument content; the map holds only a synthesised question.</summary>
    public const string NoArgumentContent = "AM203";

    /// <summary>AM204 (warning, once per file): HTML tags were stripped and entities decoded from node text.</summary>
    public const string HtmlStripped = "AM204";

    /// <summary>
    /// AM205 (warning): an element ArgMap has no equivalent for (an AIF preference node, Carneades argument schemes,
    /// a Microtext edge type it does not know); it is ignored or summarised in a note, as the message says.
    /// </summary>
    public const string UnsupportedElement = "AM205";

    /// <summary>AM206 (warning): a second relation between the same two nodes; the first is kept, the second merged into it.</summary>
    public const string DuplicateRelationMerged = "AM206";

    /// <summary>AM207 (warning): a structure lacks a part it needs (an RA node without premise or conclusion, an argument without premises); what could be read is kept.</summary>
    public const string IncompleteStructure = "AM207";

    /// <summary>AM208 (warning): a statement is referenced but never declared; a claim is created with the reference as its text.</summary>
    public const string UndeclaredStatement = "AM208";

    /// <summary>AM209 (error): the input is not well-formed YAML or XML (malformed JSON keeps AM001).</summary>
    public const string MalformedInput = "AM209";

    /// <summary>AM210 (warning): <c>ImportOptions.Question</c> names no usable node; the question is chosen as if it were not given.</summary>
    public const string QuestionOptionNotFound = "AM210";

    /// <summary>AM211 (warning): an undercut whose target relation cannot be resolved is imported as a contests relation instead.</summary>
    public const string UndercutAsContest = "AM211";
}
