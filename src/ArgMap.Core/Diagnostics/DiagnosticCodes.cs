namespace ArgMap.Core.Diagnostics;

/// <summary>
/// Every diagnostic code ArgMap reports. Codes are stable: tools and users search for them.
/// AM0xx are errors in the file itself, AM1xx warnings about the argument it holds.
/// </summary>
public static class DiagnosticCodes
{
    // Reading the file
    public const string MalformedJson = "AM001";
    public const string EmptyFile = "AM002";
    public const string InvalidUtf8 = "AM003";
    public const string NestingTooDeep = "AM004";
    public const string FileTooLarge = "AM005";
    public const string CannotRead = "AM006";

    // The shape of the document (schema)
    public const string WrongType = "AM010";
    public const string MissingField = "AM011";
    public const string UnknownNodeType = "AM012";
    public const string UnsupportedVersion = "AM013";
    public const string InvalidValue = "AM014";
    public const string CommentsWouldBeLost = "AM015";

    // The argument's structure
    public const string NoQuestion = "AM020";
    public const string SecondQuestion = "AM021";
    public const string DuplicateId = "AM022";
    public const string UnknownRelationTarget = "AM023";
    public const string UnknownSource = "AM024";
    public const string UnknownCitedIn = "AM025";
    public const string UnknownUndercutRelation = "AM026";
    public const string SelfRelation = "AM027";
    public const string WrongReferenceKind = "AM028";
    public const string QuestionHasRelations = "AM029";

    // Warnings
    public const string UnknownField = "AM100";
    public const string SupportCycle = "AM101";
    public const string Unreachable = "AM102";
    public const string EvidenceWithoutSource = "AM103";
    public const string CharactersNotAllowedInXml = "AM104";
    public const string UnsafeUrl = "AM105";
    public const string DuplicateRelation = "AM106";
}
