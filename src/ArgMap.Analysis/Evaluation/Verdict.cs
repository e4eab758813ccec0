namespace ArgMap.Analysis.Evaluation;

/// <summary>
/// The answer to "does the claim stand?" under one semantics (and, for preferred, one mode of acceptance): the
/// status of each side and a sentence a teacher can read out.
/// </summary>
public sealed record Verdict(string Semantics, SideStatus Yes, SideStatus No, string Summary, bool Exact);
