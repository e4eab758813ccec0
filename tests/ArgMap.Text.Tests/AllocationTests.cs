using System.Diagnostics;

namespace ArgMap.Text.Tests;

/// <summary>
/// Guards against gross regressions (quadratic behaviour, per-character allocation); the bounds are
/// 10-50× the measured figures so that a busy CI machine does not make them flaky.
/// </summary>
public class AllocationTests
{
    private static string[] Quotes()
    {
        var rng = new Random(7);
        string[] words = ["the", "argument", "premise", "conclusion", "therefore", "because", "evidence", "claim",
            "objection", "rebuttal", "support", "a", "of", "is", "to", "Wikipedia:", "(2024)", "isn't"];
        return Enumerable.Range(0, 1000)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 45).Select(_ => words[rng.Next(words.Length)])))
            .ToArray();
    }

    [Fact]
    public void MeasuringShortWords_DoesNotAllocate()
    {
        TextMeasurer.Width("warm", FontStyle.Bold, 12);
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int i = 0; i < 10_000; i++)
        {
            sum += TextMeasurer.Width("premise", FontStyle.Bold, 12);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sum > 0);
        Assert.True(allocated < 1_000, $"{allocated} bytes allocated");
    }
}
