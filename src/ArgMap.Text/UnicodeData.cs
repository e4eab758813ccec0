using System.Globalization;

namespace ArgMap.Text;

/// <summary>
/// Unicode classification used for fallback widths and line breaking. Plain range checks and
/// <see cref="CharUnicodeInfo"/> (which works under InvariantGlobalization); the per-BMP tables are built once.
/// </summary>
internal static class UnicodeData
{
    /// <summary>Break class: an ordinary character that belongs to a word.</summary>
    public const byte Normal = 0;

    /// <summary>Break class: collapsible whitespace, a break opportunity.</summary>
    public const byte Space = 1;

    /// <summary>Break class: a forced line break (\n, \r, U+0085, U+2028, U+2029).</summary>
    public const byte Newline = 2;

    /// <summary>Break class: CJK ideograph, kana, Hangul syllable or full-width letter: break before and after.</summary>
    public const byte Ideographic = 3;

    /// <summary>Break class: closing punctuation / small kana: no break before (kinsoku).</summary>
    public const byte Close = 4;

    /// <summary>Break class: opening punctuation: no break after.</summary>
    public const byte Open = 5;

    /// <summary>Break class: a UTF-16 surrogate; look at the whole code point.</summary>
    public const byte Surrogate = 6;

    /// <summary>Break class of every BMP code unit.</summary>
    public static readonly byte[] BreakClasses = BuildBreakClasses();

    /// <summary>
    /// True for characters that occupy no horizontal space: combining marks (Mn, Me), format
    /// characters (Cf: ZWJ, ZWNJ, bidi controls, soft hyphen, tags), control characters other than tab,
    /// variation selectors, emoji skin-tone modifiers and conjoining Hangul vowel/final jamo.
    /// </summary>
    public static bool IsZeroWidth(int cp)
    {
        if (cp is (>= 0x1160 and <= 0x11FF) or (>= 0xD7B0 and <= 0xD7FF) // conjoining jamo V/T
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) // variation selectors
            or (>= 0x1F3FB and <= 0x1F3FF)) // emoji modifiers (Fitzpatrick)
        {
            return true;
        }

        if (cp == '\t')
        {
            return false;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.Control;
    }

    /// <summary>
    /// True for East Asian wide characters a CJK fallback font draws 1 em wide: CJK ideographs and
    /// radicals, kana, bopomofo, Hangul (leading jamo and syllables), Yi, CJK symbols and punctuation,
    /// CJK compatibility forms and full-width forms.
    /// </summary>
    public static bool IsWide(int cp) => cp switch
    {
        >= 0x1100 and <= 0x115F => true, // Hangul leading jamo
        >= 0x2E80 and <= 0x303E => true, // CJK radicals, Kangxi, ideographic description, CJK symbols & punctuation
        >= 0x3041 and <= 0x33FF => true, // kana, bopomofo, compatibility jamo, kanbun, enclosed CJK, compatibility
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xA000 and <= 0xA4CF => true, // Yi
        >= 0xA960 and <= 0xA97F => true, // Hangul jamo extended A
        >= 0xAC00 and <= 0xD7A3 => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true, // CJK compatibility forms
        >= 0xFF01 and <= 0xFF60 => true, // full-width ASCII variants
        >= 0xFFE0 and <= 0xFFE6 => true, // full-width signs
        >= 0x16FE0 and <= 0x18AFF => true, // ideographic symbols, Tangut
        >= 0x1AFF0 and <= 0x1B2FF => true, // kana supplement/extended, Nushu
        >= 0x20000 and <= 0x3FFFD => true, // CJK extensions B and later, planes 2 and 3
        _ => false,
    };

    /// <summary>True for half-width katakana and Hangul forms, drawn 0.5 em wide.</summary>
    public static bool IsHalfWidth(int cp) => cp is (>= 0xFF61 and <= 0xFFDC) or (>= 0xFFE8 and <= 0xFFEE);

    /// <summary>
    /// True for pictographs that, when Liberation Sans lacks them, a browser takes from a colour emoji
    /// font (approximation of Extended_Pictographic): misc. technical, geometric shapes, misc. symbols,
    /// dingbats, misc. symbols and arrows, and the supplementary emoji planes U+1F000..U+1FAFF.
    /// </summary>
    public static bool IsEmoji(int cp) => cp switch
    {
        >= 0x2300 and <= 0x23FF => true,
        >= 0x25A0 and <= 0x25FF => true,
        >= 0x2600 and <= 0x27BF => true,
        >= 0x2B00 and <= 0x2BFF => true,
        >= 0x1F000 and <= 0x1FAFF => true,
        _ => false,
    };

    /// <summary>True for the regional indicator letters that pair up into flag emoji.</summary>
    public static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Break class of a whole code point (surrogate pairs included).</summary>
    public static byte BreakClassOf(int cp)
    {
        if (cp < 0x10000)
        {
            return BreakClasses[cp];
        }

        return IsWide(cp) || (IsEmoji(cp) && !IsRegionalIndicator(cp) && !IsZeroWidth(cp)) ? Ideographic : Normal;
    }

    private static byte[] BuildBreakClasses()
    {
        var t = new byte[0x10000];
        for (int c = 0; c < t.Length; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                t[c] = Surrogate;
            }
            else if (c is '\n' or '\r' or 0x85 or 0x2028 or 0x2029)
            {
                t[c] = Newline;
            }
            else if (char.IsWhiteSpace((char)c) && c is not (0xA0 or 0x2007 or 0x202F))
            {
                // No-break spaces stay inside words; U+3000 IDEOGRAPHIC SPACE collapses like a space.
                t[c] = Space;
            }
            else if (IsWide(c) || IsHalfWidth(c))
            {
                t[c] = Ideographic;
            }
        }

        // Kinsoku: never start a line with these (CJK closing punctuation, iteration marks, small kana) ...
        const string close = "、。，．：；？！）〕］｝〉》」』】〙〗〟’”｠｡｣､ー゛゜ゝゞヽヾ・々〻〆ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + ".,:;!?)]}%…‼⁇⁈⁉";
        foreach (char c in close)
        {
            t[c] = Close;
        }

        // ... nor end one with these (opening punctuation).
        const string open = "（〔［｛〈《「『【〘〖〝‘“｟｢([{";
        foreach (char c in open)
        {
            t[c] = Open;
        }

        return t;
    }
}
