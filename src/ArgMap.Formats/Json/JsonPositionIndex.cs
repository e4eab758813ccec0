using System.Text;
using System.Text.Json;

namespace ArgMap.Formats.Json;

/// <summary>
/// Maps JSON pointers back to byte offsets in the document by walking it once with <see cref="Utf8JsonReader"/>:
/// for every value, where the value starts and (for object members) where its property name starts. Built only
/// when a diagnostic needs a position, so a valid file never pays for it.
/// </summary>
internal sealed class JsonPositionIndex
{
    private readonly Dictionary<string, (long Value, long Name)> _offsets = new(StringComparer.Ordinal);

    public JsonPositionIndex(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var path = new List<string>();          // pointer segments of the open containers
        var nextIndex = new List<int>();        // per open container: next array index, or -1 for objects
        string? pendingName = null;
        long pendingNameOffset = -1;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = Escape(reader.GetString() ?? "");
                    pendingNameOffset = reader.TokenStartIndex;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    nextIndex.RemoveAt(nextIndex.Count - 1);
                    continue;
                case JsonTokenType.Comment:
                    continue;
            }

            // A value: find its pointer from the container it is in.
            string segment;
            long nameOffset = -1;
            if (nextIndex.Count == 0)
            {
                segment = "";
            }
            else if (nextIndex[^1] >= 0)
            {
                segment = nextIndex[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
                nextIndex[^1]++;
            }
            else
            {
                segment = pendingName ?? "";
                nameOffset = pendingNameOffset;
            }
            var pointer = nextIndex.Count == 0 ? "" : (path[^1] + "/" + segment);
            _offsets.TryAdd(pointer, (reader.TokenStartIndex, nameOffset));

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(pointer);
                nextIndex.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }
    }

    /// <summary>The offset of the value at <paramref name="pointer"/>; for a missing member, of its nearest existing ancestor.</summary>
    public long ValueOffset(string pointer)
    {
        for (var p = pointer; ; p = Parent(p))
        {
            if (_offsets.TryGetValue(p, out var o))
            {
                return o.Value;
            }
            if (p.Length == 0)
            {
                return 0;
            }
        }
    }

    /// <summary>The offset of the property name of the member at <paramref name="pointer"/>, or its value's when it has none.</summary>
    public long NameOffset(string pointer) =>
        _offsets.TryGetValue(pointer, out var o) && o.Name >= 0 ? o.Name : ValueOffset(pointer);

    private static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    /// <summary>RFC 6901 escaping of one pointer segment.</summary>
    public static string Escape(string name) =>
        name.Contains('~') || name.Contains('/') ? new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString() : name;
}
