using ArgMap.Rendering.Citations;
using ArgMap.Text;

namespace ArgMap.Rendering.Diagram;

/// <summary>Greedy word wrapping of styled runs (a citation with an italic title) to a width, measured with the font's metrics.</summary>
public static class RunWrapper
{
    public static IReadOnlyList<IReadOnlyList<TextRun>> Wrap(IReadOnlyList<TextRun> runs, double maxWidth, double fontSize)
    {
        // Words keep whether a space preceded them, so "Works" + "." stays "Works." and never becomes "Works .".
        var words = new List<(string Text, bool Italic, bool SpaceBefore)>();
        var pendingSpace = false;
        foreach (var run in runs)
        {
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    pendingSpace = true;
                }
                if (parts[i].Length == 0)
                {
                    continue;
                }
                // A word too long for a line (a URL) is broken by the plain wrapper.
                var pieces = TextWrapper.Wrap(parts[i], maxWidth, Style(run.Italic), fontSize);
                for (var p = 0; p < pieces.Count; p++)
                {
                    words.Add((pieces[p], run.Italic, words.Count > 0 && (pendingSpace || p > 0)));
                    pendingSpace = false;
                }
            }
        }
        var lines = new List<IReadOnlyList<TextRun>>();
        var current = new List<TextRun>();
        var width = 0.0;
        var space = TextMeasurer.Width(" ", FontStyle.Regular, fontSize);
        foreach (var (text, italic, spaceBefore) in words)
        {
            var w = TextMeasurer.Width(text, Style(italic), fontSize);
            if (current.Count > 0 && spaceBefore && width + space + w > maxWidth)
            {
                lines.Add(Merge(current));
                current = [];
                width = 0;
            }
            if (current.Count > 0 && spaceBefore)
            {
                // The space goes on the end of the previous run: some renderers drop a space that starts a styled span.
                current[^1] = current[^1] with { Text = current[^1].Text + " " };
                width += space;
            }
            current.Add(new TextRun(text, italic));
            width += w;
        }
        if (current.Count > 0)
        {
            lines.Add(Merge(current));
        }
        return lines;
    }

    public static double Width(IReadOnlyList<TextRun> line, double fontSize) =>
        line.Sum(r => TextMeasurer.Width(r.Text, Style(r.Italic), fontSize));

    private static FontStyle Style(bool italic) => italic ? FontStyle.Italic : FontStyle.Regular;

    private static List<TextRun> Merge(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var r in runs)
        {
            if (merged.Count > 0 && merged[^1].Italic == r.Italic)
            {
                merged[^1] = new TextRun(merged[^1].Text + r.Text, r.Italic);
            }
            else
            {
                merged.Add(r);
            }
        }
        return merged;
    }
}
