using System.Collections.Immutable;

namespace ArgMap.Reasoning;

/// <summary>
/// Reads reference answers for extension problems. Two formats are accepted:
/// <list type="bullet">
/// <item>Line format (as in the ICCMA fixtures of github.com/patricker/argumentation): one argument name per line,
/// <c>---</c> between extensions, <c>#</c> or <c>%</c> comment lines and blank lines ignored. There is always a
/// final extension, so a file with only comments is one empty extension (<c>{∅}</c>); this format cannot say
/// "no extensions".</item>
/// <item>ICCMA's native bracket format: <c>[[a,b],[c]]</c> for a set of extensions (<c>[]</c> means none) or
/// <c>[a,b]</c> for a single extension; a trailing "N solution(s) found" line is ignored.</item>
/// </list>
/// </summary>
public static class ExtensionFileReader
{
    /// <summary>Parses the text into extensions, each a list of argument names in file order.</summary>
    /// <exception cref="FormatException">The bracket format is malformed.</exception>
    public static ImmutableArray<ImmutableArray<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim().TrimStart('\uFEFF'))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('%')).ToList();
        if (lines.Count > 0 && lines[0].StartsWith('['))
            return ParseBrackets(string.Concat(lines.Where(l => !l.Contains("solution", StringComparison.OrdinalIgnoreCase))));
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var current = ImmutableArray.CreateBuilder<string>();
        foreach (string line in lines)
        {
            if (line == "---") { result.Add(current.ToImmutable()); current.Clear(); }
            else current.Add(line);
        }
        result.Add(current.ToImmutable());
        return result.ToImmutable();
    }

    /// <summary>
    /// Resolves names against a framework, giving each extension as an ascending index array.
    /// Returns false (with the offending name) if a name is not an argument of the framework.
    /// </summary>
    public static bool TryResolve(ArgumentationFramework framework, ImmutableArray<ImmutableArray<string>> extensions,
        out ImmutableArray<ImmutableArray<int>> resolved, out string? unknownName)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<int>>(extensions.Length);
        foreach (var ext in extensions)
        {
            var ids = new SortedSet<int>();
            foreach (string name in ext)
            {
                if (!framework.TryGetIndex(name, out int i)) { resolved = default; unknownName = name; return false; }
                ids.Add(i);
            }
            result.Add([.. ids]);
        }
        resolved = result.MoveToImmutable();
        unknownName = null;
        return true;
    }

    private static ImmutableArray<ImmutableArray<string>> ParseBrackets(string s)
    {
        s = new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (s.Length < 2 || s[0] != '[' || s[^1] != ']') throw new FormatException("Expected '[...]'.");
        string inner = s[1..^1];
        if (inner.Length == 0) return []; // "[]": no extensions
        if (!inner.StartsWith('['))
            return [[.. inner.Split(',')]]; // single extension "[a,b]"
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        int i = 0;
        while (i < inner.Length)
        {
            if (inner[i] != '[') throw new FormatException($"Expected '[' at offset {i + 1}.");
            int close = inner.IndexOf(']', i);
            if (close < 0) throw new FormatException("Unclosed '['.");
            string body = inner[(i + 1)..close];
            result.Add(body.Length == 0 ? [] : [.. body.Split(',')]);
            i = close + 1;
            if (i < inner.Length)
            {
                if (inner[i] != ',') throw new FormatException($"Expected ',' at offset {i + 1}.");
                i++;
            }
        }
        return result.ToImmutable();
    }
}
