namespace ArgMap.Rendering.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly so tests run from any working directory.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static IEnumerable<string> ExampleFiles() => Directory.GetFiles(Examples, "*.json").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArgMap.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (ArgMap.sln) above " + AppContext.BaseDirectory);
    }
}
