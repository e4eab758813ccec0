using System.Buffers.Binary;

namespace FontMetricsGenerator;

/// <summary>
/// Minimal read-only TrueType/OpenType parser: just the tables needed for horizontal advance widths
/// (head, hhea, hmtx, cmap formats 4 and 12). Big-endian throughout, as the spec says.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    /// <summary>Font design units per em (head.unitsPerEm).</summary>
    public int UnitsPerEm { get; }

    /// <summary>Font revision (head.fontRevision, 16.16 fixed).</summary>
    public double FontRevision { get; }

    /// <summary>hhea.ascender (positive, font units).</summary>
    public int Ascender { get; }

    /// <summary>hhea.descender (negative, font units).</summary>
    public int Descender { get; }

    /// <summary>hhea.lineGap (font units).</summary>
    public int LineGap { get; }

    /// <summary>Advance width of every glyph, indexed by glyph id.</summary>
    public IReadOnlyList<int> GlyphAdvances { get; }

    /// <summary>Code point to glyph id, for every code point the cmap maps to a glyph other than .notdef.</summary>
    public IReadOnlyDictionary<int, int> CodePointToGlyph { get; }

    public TrueTypeFont(byte[] data)
    {
        _data = data;
        uint sfntVersion = U32(0);
        if (sfntVersion != 0x00010000 && sfntVersion != 0x74727565 /* 'true' */ && sfntVersion != 0x4F54544F /* 'OTTO' */)
        {
            throw new InvalidDataException($"Not a TrueType/OpenType font (sfnt version 0x{sfntVersion:X8}).");
        }

        int numTables = U16(4);
        for (int i = 0; i < numTables; i++)
        {
            int rec = 12 + (16 * i);
            string tag = System.Text.Encoding.ASCII.GetString(_data, rec, 4);
            _tables[tag] = ((int)U32(rec + 8), (int)U32(rec + 12));
        }

        int head = Table("head");
        if (U32(head + 12) != 0x5F0F3CF5)
        {
            throw new InvalidDataException("head.magicNumber mismatch.");
        }

        FontRevision = (int)U32(head + 4) / 65536.0;
        UnitsPerEm = U16(head + 18);

        int hhea = Table("hhea");
        Ascender = S16(hhea + 4);
        Descender = S16(hhea + 6);
        LineGap = S16(hhea + 8);
        int numberOfHMetrics = U16(hhea + 34);

        int numGlyphs = U16(Table("maxp") + 4);
        int hmtx = Table("hmtx");
        var advances = new int[numGlyphs];
        int last = 0;
        for (int g = 0; g < numGlyphs; g++)
        {
            // Glyphs past numberOfHMetrics repeat the last advance (monospaced tail).
            if (g < numberOfHMetrics)
            {
                last = U16(hmtx + (4 * g));
            }

            advances[g] = last;
        }

        GlyphAdvances = advances;
        CodePointToGlyph = ReadCmap(numGlyphs);
    }

    private Dictionary<int, int> ReadCmap(int numGlyphs)
    {
        int cmap = Table("cmap");
        int numSubtables = U16(cmap + 2);
        int best4 = -1, best12 = -1;
        for (int i = 0; i < numSubtables; i++)
        {
            int rec = cmap + 4 + (8 * i);
            int platform = U16(rec), encoding = U16(rec + 2);
            int offset = cmap + (int)U32(rec + 4);
            int format = U16(offset);
            bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode)
            {
                continue;
            }

            if (format == 12 && best12 < 0)
            {
                best12 = offset;
            }
            else if (format == 4 && best4 < 0)
            {
                best4 = offset;
            }
        }

        var map = new Dictionary<int, int>();
        if (best4 >= 0)
        {
            ReadFormat4(best4, map);
        }

        if (best12 >= 0)
        {
            // Format 12 is a superset of format 4 when both exist; let it win on overlap.
            ReadFormat12(best12, map);
        }

        if (map.Count == 0)
        {
            throw new InvalidDataException("No Unicode cmap subtable of format 4 or 12.");
        }

        foreach (var (cp, glyph) in map.ToArray())
        {
            if (glyph <= 0 || glyph >= numGlyphs)
            {
                map.Remove(cp);
            }
        }

        return map;
    }

    private void ReadFormat4(int t, Dictionary<int, int> map)
    {
        int segCountX2 = U16(t + 6);
        int segCount = segCountX2 / 2;
        int endCodes = t + 14;
        int startCodes = endCodes + segCountX2 + 2; // + reservedPad
        int idDeltas = startCodes + segCountX2;
        int idRangeOffsets = idDeltas + segCountX2;
        for (int s = 0; s < segCount; s++)
        {
            int end = U16(endCodes + (2 * s));
            int start = U16(startCodes + (2 * s));
            int delta = S16(idDeltas + (2 * s));
            int rangeOffsetPos = idRangeOffsets + (2 * s);
            int rangeOffset = U16(rangeOffsetPos);
            if (start == 0xFFFF)
            {
                continue;
            }

            for (int c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int glyphPos = rangeOffsetPos + rangeOffset + (2 * (c - start));
                    glyph = U16(glyphPos);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                map[c] = glyph;
            }
        }
    }

    private void ReadFormat12(int t, Dictionary<int, int> map)
    {
        long numGroups = U32(t + 12);
        for (long g = 0; g < numGroups; g++)
        {
            int rec = t + 16 + (int)(12 * g);
            long start = U32(rec), end = U32(rec + 4), glyph = U32(rec + 8);
            for (long c = start; c <= end && c <= 0x10FFFF; c++)
            {
                map[(int)c] = (int)(glyph + (c - start));
            }
        }
    }

    private int Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? t.Offset : throw new InvalidDataException($"Missing '{tag}' table.");

    private int U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(offset, 2));

    private short S16(int offset) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(offset, 2));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(offset, 4));
}
