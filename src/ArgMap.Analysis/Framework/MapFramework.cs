using ArgMap.Reasoning;

namespace ArgMap.Analysis.Framework;

/// <summary>
/// A map translated into an abstract argumentation framework. Every argument node is an argument of the same
/// name; the translation adds helper arguments (named with parentheses, which node ids cannot contain, so the
/// names never collide; see docs/reasoning.md) for support that must stand and for inferences that can be undercut.
/// </summary>
public sealed record MapFramework(ArgumentationFramework Framework, IReadOnlyList<string> NodeIds)
{
    /// <summary>The argument of a node.</summary>
    public int ArgumentOf(string nodeId) => Framework.IndexOf(nodeId);

    public static string SupportHolds(string from, string to) => $"support({from}>{to})";

    public static string ContestHolds(string from, string to) => $"contest({from}>{to})";

    public static string Unsupported(string node) => $"unsupported({node})";

    public static string Defeated(string node) => $"defeated({node})";

    /// <summary>True for the translation's helper arguments, false for argument nodes.</summary>
    public static bool IsHelper(string name) => name.Contains('(');
}
