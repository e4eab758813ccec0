using System.Runtime.CompilerServices;
using System.Text;

namespace ArgMap.Tests.Shared;

/// <summary>
/// Golden-file checks in the style of Verify: the approved output lives beside the test as
/// <c>NAME.approved.EXT</c>; on a mismatch the actual output is written as <c>NAME.received.EXT</c> (git-ignored) and
/// the test fails with a diff hint. Set ARGMAP_APPROVE=1 to accept the received output as the new approved file.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "approved");
        Directory.CreateDirectory(folder);
        var approved = Path.Combine(folder, $"{name}.approved.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ARGMAP_APPROVE") == "1")
        {
            File.WriteAllText(approved, normalized, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        var why = File.Exists(approved) ? "differs from the approved file" : "has no approved file yet";
        Assert.Fail($"{name}.{extension} {why}.\n  approved: {approved}\n  received: {received}\n" +
                    $"Compare them (diff -u), and if the new output is right, re-run with ARGMAP_APPROVE=1 to approve it.");
    }
}
