using System.Globalization;
using System.Text.RegularExpressions;
using ArgMap.Core.Graph;
using ArgMap.Core.Model;
using ArgMap.Rendering.Citations;

namespace ArgMap.Rendering.Debate;

/// <summary>
/// The cite of an evidence card in the debate convention: the part read aloud ("Getty 2002"; "Stalin 1933, as cited
/// in Getty 2002") and the full citation in the chosen style, with the locator, the "cited in" work and who said
/// the words when.
/// </summary>
internal static partial class DebateCite
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Author surname(s) and year, to read aloud before the card.</summary>
    public static string ReadAloud(ArgumentGraph graph, ArgumentNode node)
    {
        var e = node.Evidence!;
        var source = e.SourceId is { } sid ? graph.FindSource(sid) : null;
        var citedIn = e.CitedInId is { } cid ? graph.FindSource(cid) : null;
        string text;
        if (e.Attribution is { Length: > 0 } speaker)
        {
            var surname = SpeakerSurname(speaker);
            var year = Year(e.Date) ?? source?.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
            text = $"{surname} {year}";
            if (citedIn is not null)
            {
                text += ", as cited in " + AuthorYear(citedIn);
            }
            else if (source is not null && AuthorYear(source) != text)
            {
                text += ", in " + AuthorYear(source);
            }
        }
        else if (source is not null)
        {
            text = AuthorYear(source);
            if (citedIn is not null)
            {
                text += ", as cited in " + AuthorYear(citedIn);
            }
        }
        else if (citedIn is not null)
        {
            text = "as cited in " + AuthorYear(citedIn);
        }
        else
        {
            text = node.By is { Length: > 0 } by ? DebateModel.Flatten(by) + (Year(e.Date) is { } y ? " " + y : "") : "No source";
        }
        return DebateModel.Flatten(text);
    }

    /// <summary>The full citation as runs (titles in italics): entry, locator, "cited in" entry, and who said it when.</summary>
    public static IReadOnlyList<TextRun> Full(ArgumentGraph graph, ArgumentNode node, CitationStyle style)
    {
        var e = node.Evidence!;
        var source = e.SourceId is { } sid ? graph.FindSource(sid) : null;
        var citedIn = e.CitedInId is { } cid ? graph.FindSource(cid) : null;
        var runs = new List<TextRun>();
        if (source is not null)
        {
            runs.AddRange(CitationFormatter.Entry(source, style));
        }
        else
        {
            runs.Add(new("No source given."));
        }
        if (e.Locator is { Length: > 0 } locator)
        {
            runs.Add(new($" \u2014 at {DebateModel.Flatten(locator)}."));
        }
        if (citedIn is not null)
        {
            runs.Add(new(" Cited in "));
            runs.AddRange(CitationFormatter.Entry(citedIn, style));
        }
        var who = e.Attribution is { Length: > 0 } a ? DebateModel.Flatten(a) : null;
        var when = e.Date is { Length: > 0 } d ? LongDate(d) : null;
        if (who is not null)
        {
            runs.Add(new(" Words of " + who + (when is null ? "" : ", " + when) + "."));
        }
        else if (when is not null)
        {
            runs.Add(new(" Dated " + when + "."));
        }
        return runs.Select(r => r with { Text = Core.Text.XmlText.RemoveIllegal(r.Text) }).ToList();
    }

    /// <summary>"Getty 2002", "Smith and Jones 2019", "Hunt et al. 2020"; an organisation's or a title's name when no author.</summary>
    public static string AuthorYear(Source source)
    {
        var who = source.Authors.Count switch
        {
            0 => source.Title is { } t ? DebateModel.Shorten(DebateModel.Flatten(t), 40) : source.Id,
            1 => CitationFormatter.Surname(source.Authors[0]),
            2 => $"{CitationFormatter.Surname(source.Authors[0])} and {CitationFormatter.Surname(source.Authors[1])}",
            _ => $"{CitationFormatter.Surname(source.Authors[0])} et al.",
        };
        return $"{who} {source.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d."}";
    }

    /// <summary>"J. V. Stalin" → "Stalin"; an organisation's name is kept whole.</summary>
    private static string SpeakerSurname(string speaker)
    {
        var flat = DebateModel.Flatten(speaker);
        var words = flat.Split(' ');
        // A personal name: initials or capitalised given names then a surname ("J. V. Stalin", "Ann Smith").
        var looksPersonal = words.Length is >= 2 and <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
        return looksPersonal ? words[^1] : flat;
    }

    private static string? Year(string? date) =>
        date is { Length: >= 4 } d && YearPattern().IsMatch(d) ? d[..4] : null;

    /// <summary>"1933-05-08" → "8 May 1933"; "1937-03" → "March 1937"; anything else as written.</summary>
    public static string LongDate(string date)
    {
        var parts = date.Split('-');
        if (parts.Length >= 2 && Year(date) is { } year && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            if (parts.Length >= 3 && int.TryParse(parts[2].Split('T')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                return $"{day} {Months[month - 1]} {year}";
            }
            return $"{Months[month - 1]} {year}";
        }
        return DebateModel.Flatten(date);
    }

    [GeneratedRegex(@"^\d{4}")]
    private static partial Regex YearPattern();
}

/// <summary>A stretch of a quote's paragraph, highlighted (to read aloud) or not.</summary>
internal readonly record struct QuoteRun(string Text, bool Marked);

/// <summary>Splits a quote into paragraphs of runs, marking every occurrence of every highlight.</summary>
internal static partial class Highlighter
{
    public static IReadOnlyList<IReadOnlyList<QuoteRun>> Paragraphs(EvidenceDetails evidence)
    {
        var quote = Core.Text.XmlText.RemoveIllegal(evidence.Quote).ReplaceLineEndings("\n");
        var marked = new bool[quote.Length];
        foreach (var highlight in evidence.Highlights.Select(h => Core.Text.XmlText.RemoveIllegal(h).ReplaceLineEndings("\n")).Where(h => h.Trim().Length > 0))
        {
            for (var at = quote.IndexOf(highlight, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(highlight, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, highlight.Length);
            }
        }
        var paragraphs = new List<IReadOnlyList<QuoteRun>>();
        var start = 0;
        foreach (var separator in ParagraphBreak().Matches(quote).Cast<Match?>().Append(null))
        {
            var end = separator?.Index ?? quote.Length;
            var runs = new List<QuoteRun>();
            var i = start;
            while (i < end)
            {
                var j = i;
                while (j < end && marked[j] == marked[i])
                {
                    j++;
                }
                runs.Add(new QuoteRun(quote[i..j], marked[i]));
                i = j;
            }
            if (runs.Any(r => r.Text.Trim().Length > 0))
            {
                // Trim the paragraph's outer whitespace, keeping the runs.
                runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
                runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
                paragraphs.Add(runs.Where(r => r.Text.Length > 0).ToList());
            }
            start = separator is null ? quote.Length : separator.Index + separator.Length;
        }
        return paragraphs;
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphBreak();
}
