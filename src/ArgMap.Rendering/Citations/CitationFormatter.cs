using System.Globalization;
using ArgMap.Core.Model;

namespace ArgMap.Rendering.Citations;

/// <summary>
/// Formats sources as bibliography entries (Chicago notes-bibliography 17th ed., or APA 7th ed.) and short
/// in-card citations ("Getty 2002, 113-138" / "Getty, 2002, pp. 113-138"). It covers the CSL types argument maps
/// cite: journal articles, books, chapters, speeches, blog posts and web pages, reports, archival manuscripts.
/// </summary>
public static class CitationFormatter
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The full bibliography entry, as runs (titles of whole works in italics).</summary>
    public static IReadOnlyList<TextRun> Entry(Source source, CitationStyle style) =>
        style == CitationStyle.Apa ? ApaEntry(source) : ChicagoEntry(source);

    /// <summary>The short form for a card footer: author surname and year, then the page range or locator.</summary>
    public static string Short(Source source, CitationStyle style, string? locator = null)
    {
        var who = source.Authors.Count switch
        {
            0 => source.Title is { } t ? Shorten(t) : source.Id,
            1 => Surname(source.Authors[0]),
            2 => $"{Surname(source.Authors[0])} {(style == CitationStyle.Apa ? "&" : "and")} {Surname(source.Authors[1])}",
            _ => $"{Surname(source.Authors[0])} et al.",
        };
        var year = source.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
        var where = locator ?? source.Page;
        return style == CitationStyle.Apa
            ? $"{who}, {year}{(where is null ? "" : ", " + ApaPages(where))}"
            : $"{who} {year}{(where is null ? "" : ", " + where)}";
    }

    public static string Surname(PersonName name) => name.Family ?? name.Literal ?? name.Given ?? "";

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..37].TrimEnd() + "...";

    private static string ApaPages(string pages) => pages.Contains('-') || pages.Contains('–') ? $"pp. {pages}" : $"p. {pages}";

    private static IReadOnlyList<TextRun> ChicagoEntry(Source s)
    {
        var runs = new List<TextRun>();
        var authors = ChicagoAuthors(s.Authors);
        if (authors.Length > 0)
        {
            runs.Add(new(EndSentence(authors) + " "));
        }
        var type = s.Type ?? "";
        var isWhole = type is "book" or "report" or "thesis" or "motion_picture" || (s.ContainerTitle is null && type is not ("speech" or "manuscript" or "post-weblog" or "webpage"));
        if (s.Title is { } title)
        {
            if (isWhole)
            {
                runs.Add(new(EndSentence(title), Italic: true));
                runs.Add(new(" "));
            }
            else
            {
                runs.Add(new($"\u201C{EndSentence(NestQuotes(title))}\u201D "));
            }
        }
        switch (type)
        {
            case "article-journal" or "article-magazine" or "article-newspaper" or "article":
                if (s.ContainerTitle is { } journal)
                {
                    runs.Add(new(journal, Italic: true));
                }
                var volume = s.Volume is null ? "" : " " + s.Volume;
                var issue = s.Issue is null ? "" : ", no. " + s.Issue;
                var date = ChicagoDate(s, monthFirst: true);
                runs.Add(new($"{volume}{issue}{(date.Length > 0 ? $" ({date})" : "")}{(s.Page is null ? "" : ": " + s.Page)}."));
                break;
            case "chapter" or "paper-conference" or "entry-encyclopedia":
                if (s.ContainerTitle is { } book)
                {
                    runs.Add(new("In "));
                    runs.Add(new(book, Italic: true));
                    runs.Add(new(s.Page is null ? ". " : $", {s.Page}. "));
                }
                runs.Add(new(PublisherPart(s) + "."));
                break;
            case "speech":
                runs.Add(new(Join(", ", "Speech", Extra(s, "event") ?? s.ContainerTitle, Extra(s, "event-place") ?? s.PublisherPlace, ChicagoDate(s, monthFirst: false)) + "."));
                break;
            case "post-weblog" or "webpage" or "post":
                if (s.ContainerTitle is { } site)
                {
                    runs.Add(new(site, Italic: true));
                    runs.Add(new(type == "post-weblog" ? " (blog)" : ""));
                }
                var when = ChicagoDate(s, monthFirst: true);
                runs.Add(new(when.Length > 0 ? (s.ContainerTitle is null ? when : ", " + when) + "." : (s.ContainerTitle is null ? "" : ".")));
                break;
            case "manuscript" or "document":
                runs.Add(new(Join(", ", ChicagoDate(s, monthFirst: true), s.Archive, s.ArchiveLocation) + "."));
                break;
            default:
                if (s.ContainerTitle is { } container && !isWhole)
                {
                    runs.Add(new(container, Italic: true));
                    runs.Add(new(". "));
                }
                runs.Add(new(PublisherPart(s) + "."));
                break;
        }
        AppendLink(runs, s);
        return Tidy(runs);
    }

    private static IReadOnlyList<TextRun> ApaEntry(Source s)
    {
        var runs = new List<TextRun>();
        var authors = ApaAuthors(s.Authors);
        var year = s.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
        var type = s.Type ?? "";
        var date = type is "speech" or "post-weblog" or "webpage" or "article-newspaper" && s.Issued is { Count: > 1 }
            ? $"{year}, {Months[s.Issued[1] - 1]}{(s.Issued.Count > 2 ? " " + s.Issued[2].ToString(CultureInfo.InvariantCulture) : "")}"
            : year;
        if (authors.Length > 0)
        {
            runs.Add(new($"{authors} ({date}). "));
        }
        var isArticle = s.ContainerTitle is not null && type is not ("book" or "report");
        if (s.Title is { } title)
        {
            runs.Add(isArticle ? new TextRun(EndSentence(title) + " ") : new TextRun(EndSentence(title), Italic: true));
            if (!isArticle)
            {
                runs.Add(new(" "));
            }
        }
        if (authors.Length == 0)
        {
            runs.Add(new($"({date}). "));
        }
        if (isArticle && s.ContainerTitle is { } container)
        {
            if (type is "chapter" or "paper-conference")
            {
                runs.Add(new("In "));
                runs.Add(new(container, Italic: true));
                runs.Add(new(s.Page is null ? ". " : $" ({ApaPages(s.Page)}). "));
                runs.Add(new(PublisherOnly(s)));
            }
            else
            {
                runs.Add(new(container + (s.Volume is null ? "" : ", "), Italic: true));
                if (s.Volume is { } v)
                {
                    runs.Add(new(v, Italic: true));
                }
                runs.Add(new($"{(s.Issue is null ? "" : $"({s.Issue})")}{(s.Page is null ? "" : ", " + s.Page)}."));
            }
        }
        else
        {
            runs.Add(new(PublisherOnly(s)));
        }
        if (type is "manuscript" && (s.Archive ?? s.ArchiveLocation) is not null)
        {
            runs.Add(new(" " + Join(", ", s.Archive, s.ArchiveLocation) + "."));
        }
        AppendLink(runs, s);
        return Tidy(runs);
    }

    private static void AppendLink(List<TextRun> runs, Source s)
    {
        if (s.Doi is { } doi)
        {
            runs.Add(new(" https://doi.org/" + (doi.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? doi[4..] : doi)));
        }
        else if (s.Url is { } url && Core.Text.SafeLink.IsAllowed(url))
        {
            runs.Add(new(" " + url));
        }
    }

    private static string PublisherPart(Source s) =>
        Join(", ", Join(": ", s.PublisherPlace, s.Publisher), s.Year?.ToString(CultureInfo.InvariantCulture));

    private static string PublisherOnly(Source s) => s.Publisher is null ? "" : EndSentence(s.Publisher);

    private static string ChicagoAuthors(IReadOnlyList<PersonName> names)
    {
        if (names.Count == 0)
        {
            return "";
        }
        string Inverted(PersonName n) => n.Literal ?? (n.Given is null ? n.Family ?? "" : $"{n.Family}, {n.Given}");
        return names.Count switch
        {
            1 => Inverted(names[0]),
            2 => $"{Inverted(names[0])}, and {names[1].Display}",
            <= 10 => $"{Inverted(names[0])}, {string.Join(", ", names.Skip(1).Take(names.Count - 2).Select(n => n.Display))}, and {names[^1].Display}",
            _ => $"{Inverted(names[0])}, {string.Join(", ", names.Skip(1).Take(6).Select(n => n.Display))}, et al.",
        };
    }

    private static string ApaAuthors(IReadOnlyList<PersonName> names)
    {
        static string One(PersonName n) => n.Literal ?? (n.Given is null ? n.Family ?? "" : $"{n.Family}, {Initials(n.Given)}");
        return names.Count switch
        {
            0 => "",
            1 => One(names[0]),
            2 => $"{One(names[0])}, & {One(names[1])}",
            <= 20 => $"{string.Join(", ", names.Take(names.Count - 1).Select(One))}, & {One(names[^1])}",
            _ => $"{string.Join(", ", names.Take(19).Select(One))}, ... {One(names[^1])}",
        };
    }

    private static string Initials(string given) =>
        string.Join(" ", given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Length == 0 ? "" : $"{p[0]}."));

    private static string ChicagoDate(Source s, bool monthFirst)
    {
        if (s.Issued is not { Count: > 0 } parts)
        {
            return s.IssuedLiteral ?? "";
        }
        var year = parts[0].ToString(CultureInfo.InvariantCulture);
        if (parts.Count == 1 || parts[1] is < 1 or > 12)
        {
            return year;
        }
        var month = Months[parts[1] - 1];
        if (parts.Count == 2)
        {
            return $"{month} {year}";
        }
        var day = parts[2].ToString(CultureInfo.InvariantCulture);
        return monthFirst ? $"{month} {day}, {year}" : $"{day} {month} {year}";
    }

    private static string? Extra(Source s, string name) =>
        s.Extra is { } extra && extra.TryGetValue(name, out var raw) && raw.StartsWith('"')
            ? System.Text.Json.JsonSerializer.Deserialize(raw, SourceJsonContext.Default.String)
            : null;

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Ends a title or name with a period unless it already ends with punctuation.</summary>
    /// <summary>Ends with a period unless the text already ends a sentence, also inside closing quotes
    /// ("Did Stalin Want ‘Mass Terror?’" takes no period).</summary>
    private static string EndSentence(string text)
    {
        var end = text.TrimEnd('\u2019', '\u201D', '\'', '"');
        return end.Length > 0 && ".?!".Contains(end[^1]) ? text : text + ".";
    }

    /// <summary>
    /// Quotation marks inside a title that is itself set in double quotes become single ones, as Chicago (and
    /// English usage) nests them: “‘Excesses Are Not Permitted’: Mass Terror …”, not ““Excesses …”: …”.
    /// </summary>
    private static string NestQuotes(string title)
    {
        var sb = new System.Text.StringBuilder(title.Length);
        var open = true;
        foreach (var c in title)
        {
            switch (c)
            {
                case '\u201C': sb.Append('\u2018'); open = false; break;
                case '\u201D': sb.Append('\u2019'); open = true; break;
                case '"': sb.Append(open ? '\u2018' : '\u2019'); open = !open; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Merges neighbouring runs of the same style and trims doubled spaces and periods.</summary>
    private static IReadOnlyList<TextRun> Tidy(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Italic == run.Italic)
            {
                merged[^1] = new TextRun(merged[^1].Text + run.Text, run.Italic);
            }
            else
            {
                merged.Add(run);
            }
        }
        for (var i = 0; i < merged.Count; i++)
        {
            var text = System.Text.RegularExpressions.Regex.Replace(merged[i].Text.Replace("  ", " ").Replace(". .", "."), @"(?<!\.)\.\.(?!\.)", ".");
            merged[i] = merged[i] with { Text = i == merged.Count - 1 ? text.TrimEnd() : text };
        }
        return merged;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class SourceJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
