namespace ArgMap.Cli.Commands;

/// <summary>
/// Expands the files a batch command was given: literal paths stay as they are; a pattern with * or ? in its file
/// name ("maps/*.json", quoted so the shell leaves it alone) lists the matching files, in ordinal order.
/// </summary>
internal static class InputFiles
{
    public static (IReadOnlyList<string> Files, string? Error) Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            var name = Path.GetFileName(argument);
            if (name.IndexOfAny(['*', '?']) < 0)
            {
                files.Add(argument);
                continue;
            }
            var folder = Path.GetDirectoryName(argument);
            var directory = string.IsNullOrEmpty(folder) ? "." : folder;
            if (directory.IndexOfAny(['*', '?']) >= 0)
            {
                return ([], $"'{argument}': wildcards are allowed in the file name only");
            }
            var matches = Directory.Exists(directory)
                ? Directory.GetFiles(directory, name).Order(StringComparer.Ordinal).Select(f => string.IsNullOrEmpty(folder) ? Path.GetFileName(f) : f).ToList()
                : [];
            if (matches.Count == 0)
            {
                return ([], $"no file matches '{argument}'");
            }
            files.AddRange(matches);
        }
        return (files.Distinct().ToList(), null);
    }
}
