using System.Globalization;
using System.Text;

namespace ArgMap.Text;

/// <summary>
/// Greedy line breaking of text into lines no wider than a given width, measured with
/// <see cref="TextMeasurer"/> (Liberation Sans ≈ Arial).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Lines are filled greedily; breaks fall at whitespace. Runs of whitespace collapse to one space, and
/// lines carry no leading or trailing whitespace. No-break spaces (U+00A0, U+2007, U+202F) do not break.</item>
/// <item>Explicit line breaks (\n, \r\n, \r, U+0085, U+2028, U+2029) always start a new line. Blank lines between
/// paragraphs are kept, a run of them collapses to one, and leading/trailing blank lines are dropped.</item>
/// <item>CJK text (ideographs, kana, Hangul syllables, full-width forms) and emoji may also break between any
/// two characters, except before closing punctuation and small kana or after opening punctuation (kinsoku).</item>
/// <item>A word wider than the line (a long URL, say) is broken at grapheme-cluster boundaries
/// (<see cref="StringInfo"/>), never inside a cluster, so combining marks stay with their base and emoji
/// ZWJ sequences, flags and keycaps stay whole. Where possible the break is put after a URL delimiter
/// (<c>/ - ? &amp; = # _ . , ; :</c>) that leaves the line at least half full. A single grapheme wider than
/// the line gets a line of its own: the only case where a line exceeds <c>maxWidth</c>.</item>
/// <item>Right-to-left text (Hebrew, Arabic) is wrapped in logical (memory) order, line by line: each returned line
/// holds the logically next words, and the SVG viewer applies the Unicode bidi algorithm to every line when it
/// draws it. Mixed-direction lines therefore come out as a browser would show them had it wrapped them itself.</item>
/// <item>The result is a pure function of the arguments (deterministic, culture-independent).</item>
/// </list>
/// </remarks>
public static class TextWrapper
{
    /// <summary>The character appended to the last line by the <c>maxLines</c> overload when text is cut.</summary>
    public const char Ellipsis = '\u2026';

    private const double Epsilon = 1e-9;

    /// <summary>
    /// Breaks <paramref name="text"/> into lines at most <paramref name="maxWidth"/> wide (see <see cref="TextWrapper"/>).
    /// </summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="maxWidth">Greatest line width, in the units of <paramref name="fontSize"/>; greater than 0
    /// (<see cref="double.PositiveInfinity"/> breaks at explicit line breaks only).</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size); finite and not negative.</param>
    /// <returns>The lines; empty only for empty text, and a single empty line for text that is all whitespace.</returns>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, FontStyle style, double fontSize) =>
        WrapCore(text, maxWidth, style, fontSize, int.MaxValue).Lines;

    /// <summary>
    /// Like <see cref="Wrap(string, double, FontStyle, double)"/>, but returns at most <paramref name="maxLines"/> lines:
    /// if the text needs more, the last line returned is cut at a grapheme boundary so that it still fits
    /// with <see cref="Ellipsis"/> ('…') appended.
    /// </summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="maxWidth">Greatest line width, in the units of <paramref name="fontSize"/>; greater than 0.</param>
    /// <param name="style">The face.</param>
    /// <param name="fontSize">Font size (em size); finite and not negative.</param>
    /// <param name="maxLines">Greatest number of lines; at least 1.</param>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, FontStyle style, double fontSize, int maxLines) =>
        WrapCore(text, maxWidth, style, fontSize, maxLines).Lines;

    /// <summary>Wraps and also reports the widest line (ems) and whether text was cut.</summary>
    internal static WrapResult WrapCore(string text, double maxWidth, FontStyle style, double fontSize, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (double.IsNaN(maxWidth) || maxWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth, "Maximum width must be greater than 0.");
        }

        FontMetrics.CheckFontSize(fontSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var face = FontMetrics.Face(style);
        var builder = new LineBuilder(face, fontSize > 0 ? maxWidth / fontSize : double.PositiveInfinity, maxLines);
        builder.Run(text);
        return builder.Finish(text);
    }

    /// <summary>Outcome of <see cref="WrapCore"/>.</summary>
    internal readonly record struct WrapResult(List<string> Lines, double MaxLineEm, bool Truncated);

    /// <summary>The greedy line filler; one instance per call.</summary>
    private sealed class LineBuilder(FontFace face, double maxEm, int maxLines)
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _line = new();
        private readonly byte[] _classes = UnicodeData.BreakClasses;
        private double _lineEm;
        private bool _lineEmpty = true;
        private double _widestEm;
        private bool _full;
        private bool _blankPending;

        public void Run(string text)
        {
            int i = 0, n = text.Length;
            while (i < n && !_full)
            {
                int end = i;
                while (end < n && _classes[text[end]] != UnicodeData.Newline)
                {
                    end++;
                }

                bool hadContent = Paragraph(text, i, end);
                Flush();
                if (!hadContent && _lines.Count > 0)
                {
                    _blankPending = true;
                }

                // Step over the line break; \r\n is one break.
                i = end + (end + 1 < n && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
            }
        }

        public WrapResult Finish(string text)
        {
            bool truncated = _lines.Count > maxLines;
            if (truncated)
            {
                _lines.RemoveRange(maxLines, _lines.Count - maxLines);
                _lines[^1] = FitEllipsis(_lines[^1]);
                _widestEm = 0;
                foreach (var l in _lines)
                {
                    _widestEm = Math.Max(_widestEm, TextMeasurer.MeasureEm(l, face));
                }
            }

            if (_lines.Count == 0 && text.Length > 0)
            {
                _lines.Add(string.Empty);
            }

            return new WrapResult(_lines, _widestEm, truncated);
        }

        /// <summary>Lays out one paragraph (no line breaks inside); false if it held only whitespace.</summary>
        private bool Paragraph(string text, int start, int end)
        {
            bool any = false;
            int i = start;
            while (i < end && !_full)
            {
                if (_classes[text[i]] == UnicodeData.Space)
                {
                    i++;
                    continue;
                }

                int wordStart = i;
                bool special = false;
                for (; i < end; i++)
                {
                    byte k = _classes[text[i]];
                    if (k == UnicodeData.Space)
                    {
                        break;
                    }

                    special |= k is UnicodeData.Ideographic or UnicodeData.Surrogate;
                }

                if (!any && _blankPending)
                {
                    _blankPending = false;
                    AddLine(string.Empty, 0);
                }

                any = true;
                var word = text.AsSpan(wordStart, i - wordStart);
                if (special)
                {
                    SplitWord(word);
                }
                else
                {
                    AddUnit(word, TextMeasurer.MeasureEm(word, face), spaceBefore: true);
                }
            }

            return any;
        }

        /// <summary>Splits a word holding CJK or supplementary characters at its break opportunities.</summary>
        private void SplitWord(ReadOnlySpan<char> word)
        {
            int unitStart = 0, pos = 0;
            byte prevClass = UnicodeData.Normal;
            bool prevWide = false;
            bool first = true;
            while (pos < word.Length && !_full)
            {
                int len = StringInfo.GetNextTextElementLength(word[pos..]);
                Rune.DecodeFromUtf16(word[pos..], out Rune rune, out _);
                byte cls = UnicodeData.BreakClassOf(rune.Value);
                bool wide = UnicodeData.IsWide(rune.Value);

                // Break before/after ideographs, and between CJK closing and opening punctuation ("。「"),
                // but never before closing or after opening punctuation.
                if (pos > unitStart
                    && cls != UnicodeData.Close && prevClass != UnicodeData.Open
                    && (prevClass == UnicodeData.Ideographic || cls == UnicodeData.Ideographic
                        || (prevClass == UnicodeData.Close && prevWide) || (cls == UnicodeData.Open && wide)))
                {
                    var unit = word[unitStart..pos];
                    AddUnit(unit, TextMeasurer.MeasureEm(unit, face), first);
                    first = false;
                    unitStart = pos;
                }

                prevClass = cls;
                prevWide = wide;
                pos += len;
            }

            if (!_full && unitStart < word.Length)
            {
                var unit = word[unitStart..];
                AddUnit(unit, TextMeasurer.MeasureEm(unit, face), first);
            }
        }

        /// <summary>Places an unbreakable unit (unless it is wider than a line on its own).</summary>
        private void AddUnit(ReadOnlySpan<char> unit, double em, bool spaceBefore)
        {
            if (_full)
            {
                return;
            }

            if (!_lineEmpty)
            {
                double need = _lineEm + (spaceBefore ? face.SpaceEm : 0) + em;
                if (need <= maxEm + Epsilon)
                {
                    if (spaceBefore)
                    {
                        _line.Append(' ');
                    }

                    _line.Append(unit);
                    _lineEm = need;
                    return;
                }

                Flush();
                if (_full)
                {
                    return;
                }
            }

            if (em <= maxEm + Epsilon)
            {
                _line.Append(unit);
                _lineEm = em;
                _lineEmpty = false;
                return;
            }

            BreakLongUnit(unit);
        }

        /// <summary>Breaks a unit wider than the line at grapheme boundaries, preferring URL delimiters.</summary>
        private void BreakLongUnit(ReadOnlySpan<char> unit)
        {
            int lineStart = 0, pos = 0;
            double acc = 0;
            int soft = -1;          // a preferred break position after a delimiter, or -1
            double softAcc = 0;     // width of unit[lineStart..soft]
            while (pos < unit.Length)
            {
                int len = StringInfo.GetNextTextElementLength(unit[pos..]);
                double cw = TextMeasurer.MeasureEm(unit.Slice(pos, len), face);
                if (pos > lineStart && acc + cw > maxEm + Epsilon)
                {
                    int cut = soft > lineStart && softAcc >= maxEm / 2 ? soft : pos;
                    AddLine(unit[lineStart..cut].ToString(), cut == pos ? acc : softAcc);
                    if (_full)
                    {
                        return;
                    }

                    lineStart = cut;
                    acc = TextMeasurer.MeasureEm(unit[cut..pos], face);
                    soft = -1;
                    continue; // re-examine this grapheme against the new line
                }

                acc += cw;
                pos += len;
                if (pos < unit.Length && IsDelimiter(unit[pos - 1]) && !IsDelimiter(unit[pos]))
                {
                    soft = pos;
                    softAcc = acc;
                }
            }

            _line.Append(unit[lineStart..]);
            _lineEm = acc;
            _lineEmpty = false;
        }

        private static bool IsDelimiter(char c) => c is '/' or '-' or '?' or '&' or '=' or '#' or '_' or '.' or ',' or ';' or ':';

        private void Flush()
        {
            if (_lineEmpty)
            {
                return;
            }

            AddLine(_line.ToString(), _lineEm);
        }

        private void AddLine(string line, double em)
        {
            _lines.Add(line);
            _widestEm = Math.Max(_widestEm, em);
            _line.Clear();
            _lineEm = 0;
            _lineEmpty = true;
            _full = _lines.Count > maxLines;
        }

        /// <summary>Shortens <paramref name="line"/> by whole graphemes until it fits with an ellipsis after it.</summary>
        private string FitEllipsis(string line)
        {
            var full = line.AsSpan().TrimEnd();
            var s = full;
            double ell = face.EllipsisEm;
            while (s.Length > 0 && TextMeasurer.MeasureEm(s, face) + ell > maxEm + Epsilon)
            {
                // Drop the last grapheme cluster.
                int lastStart = 0;
                for (int p = 0; p < s.Length; p += StringInfo.GetNextTextElementLength(s[p..]))
                {
                    lastStart = p;
                }

                s = s[..lastStart].TrimEnd();
            }

            // Rather than cut a word, end at the space before it, if that leaves the line at least half full.
            if (s.Length < full.Length && s.Length > 0 && full[s.Length] != ' ')
            {
                int space = s.LastIndexOf(' ');
                if (space > 0 && TextMeasurer.MeasureEm(s[..space], face) + ell >= maxEm / 2)
                {
                    s = s[..space];
                }
            }

            return string.Concat(s, Ellipsis.ToString());
        }
    }
}
