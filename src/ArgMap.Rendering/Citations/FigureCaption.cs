using ArgMap.Core.Graph;

namespace ArgMap.Rendering.Citations;

/// <summary>
/// A figure caption for an essay, in the form the citation style prescribes. Chicago: "Figure 1. Title. Source: …"
/// as one paragraph under the figure. APA 7: "Figure 1" (bold) and the title (italic) above, and a "Note." paragraph
/// naming the source below. Each line is a list of runs; <see cref="BoldFirstLine"/> marks APA's bold figure number,
/// and the first <see cref="LinesAbove"/> lines go above the figure, the rest below it.
/// </summary>
public sealed record FigureCaption(IReadOnlyList<IReadOnlyList<TextRun>> Lines, bool BoldFirstLine, int LinesAbove = 0)
{
    public string PlainText => string.Join("\n", Lines.Select(l => string.Concat(l.Select(r => r.Text))));

    public static FigureCaption For(ArgumentGraph graph, CitationStyle style, int number = 1)
    {
        var title = graph.Map.DisplayTitle.TrimEnd('.');
        var about = graph.Map.About is { } id ? graph.FindSource(id) : null;
        if (style == CitationStyle.Apa)
        {
            var note = new List<TextRun> { new("Note.", Italic: true), new(" Argument map") };
            if (about is not null)
            {
                note.Add(new(" of "));
                note.AddRange(CitationFormatter.Entry(about, CitationStyle.Apa));
            }
            else
            {
                note.Add(new("."));
            }
            note.Add(new(" Drawn with ArgMap."));
            return new FigureCaption([[new($"Figure {number}")], [new(title, Italic: true)], Tidy(note)], BoldFirstLine: true, LinesAbove: 2);
        }
        var line = new List<TextRun> { new($"Figure {number}. {title}.") };
        if (about is not null)
        {
            line.Add(new(" Source: "));
            line.AddRange(CitationFormatter.Entry(about, CitationStyle.Chicago));
        }
        line.Add(new(" Argument map drawn with ArgMap."));
        return new FigureCaption([Tidy(line)], BoldFirstLine: false);
    }

    private static IReadOnlyList<TextRun> Tidy(List<TextRun> runs) =>
        runs.Select(r => r with { Text = r.Text.Replace("..", ".") }).ToList();
}
