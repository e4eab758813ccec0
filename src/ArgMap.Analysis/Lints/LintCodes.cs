namespace ArgMap.Analysis.Lints;

/// <summary>The lint codes (AM3xx), stable for tools and searchable in docs/reasoning.md.</summary>
public static class LintCodes
{
    public const string ClaimWithoutEvidence = "AM300";
    public const string UnansweredRebuttal = "AM301";
    public const string EvidenceWithoutSource = "AM302";
    public const string SecondHandQuote = "AM303";
    public const string EvidenceOutsidePeriod = "AM304";
    public const string OneSourceCarriesSide = "AM305";
    public const string SideWithoutEvidence = "AM306";
    public const string DuplicateQuote = "AM307";
}
