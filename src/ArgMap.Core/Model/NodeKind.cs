namespace ArgMap.Core.Model;

/// <summary>The four kinds of argument node. Exactly one node of a map is the <see cref="Question"/>.</summary>
public enum NodeKind
{
    Question,
    Claim,
    Evidence,
    Rebuttal,
}
