using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArgMap.Formats.Json.Canonical;

/// <summary>
/// A minimal JSON value tree that keeps member order (and duplicate members) exactly as built, so the canonical
/// writers decide the order and nothing else does. Leaves hold either a string or the literal JSON text of a number,
/// <c>true</c>, <c>false</c> or <c>null</c>.
/// </summary>
internal abstract record JsonTree
{
    public static JsonTree Str(string value) => new JsonString(value);

    public static JsonTree Num(int value) => new JsonLiteral(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Shortest text that reads back as the same double ("R" is shortest round-trip since .NET Core 3.0).</summary>
    public static JsonTree Num(double value) => new JsonLiteral(value.ToString("R", CultureInfo.InvariantCulture));

    public static JsonTree Bool(bool value) => new JsonLiteral(value ? "true" : "false");

    /// <summary>A copy of a parsed value: strings are re-escaped canonically, numbers keep their exact text.</summary>
    public static JsonTree From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return new JsonObjectTree(element.EnumerateObject().Select(m => (m.Name, From(m.Value))).ToList());
            case JsonValueKind.Array:
                return new JsonArrayTree(element.EnumerateArray().Select(From).ToList());
            case JsonValueKind.String:
                try
                {
                    return new JsonString(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    return new JsonLiteral(element.GetRawText()); // an escaped lone surrogate: keep the escapes as written
                }
            default:
                return new JsonLiteral(element.GetRawText());
        }
    }
}

internal sealed record JsonString(string Value) : JsonTree;

internal sealed record JsonLiteral(string Text) : JsonTree;

internal sealed record JsonArrayTree(List<JsonTree> Items) : JsonTree;

internal sealed record JsonObjectTree(List<(string Name, JsonTree Value)> Members) : JsonTree
{
    public JsonObjectTree() : this(new List<(string, JsonTree)>())
    {
    }

    public JsonObjectTree Add(string name, JsonTree value)
    {
        Members.Add((name, value));
        return this;
    }

    public JsonObjectTree AddIf(string name, string? value) => value is null ? this : Add(name, Str(value));
}

/// <summary>
/// Prints a <see cref="JsonTree"/> the one canonical way: two-space indentation, "\n" line ends, every array item
/// and object member on its own line, <c>"name": value</c>, empty containers as <c>[]</c>/<c>{}</c>, and a final
/// newline. Strings escape only what JSON requires (quote, backslash, control characters) plus lone surrogates
/// (which UTF-8 cannot carry); all other characters, non-ASCII included, are written as they are. (System.Text.Json's
/// <c>JavaScriptEncoder.UnsafeRelaxedJsonEscaping</c> still escapes characters outside the Basic Multilingual Plane,
/// such as emoji, and some others, so it is not used.)
/// </summary>
internal static class CanonicalJsonPrinter
{
    public static string Print(JsonTree tree)
    {
        var sb = new StringBuilder();
        Write(sb, tree, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonTree tree, int depth)
    {
        switch (tree)
        {
            case JsonString s:
                WriteString(sb, s.Value);
                break;
            case JsonLiteral l:
                sb.Append(l.Text);
                break;
            case JsonArrayTree a when a.Items.Count == 0:
                sb.Append("[]");
                break;
            case JsonArrayTree a:
                sb.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    sb.Append(i == 0 ? "\n" : ",\n");
                    Indent(sb, depth + 1);
                    Write(sb, a.Items[i], depth + 1);
                }
                sb.Append('\n');
                Indent(sb, depth);
                sb.Append(']');
                break;
            case JsonObjectTree o when o.Members.Count == 0:
                sb.Append("{}");
                break;
            case JsonObjectTree o:
                sb.Append('{');
                for (var i = 0; i < o.Members.Count; i++)
                {
                    sb.Append(i == 0 ? "\n" : ",\n");
                    Indent(sb, depth + 1);
                    WriteString(sb, o.Members[i].Name);
                    sb.Append(": ");
                    Write(sb, o.Members[i].Value, depth + 1);
                }
                sb.Append('\n');
                Indent(sb, depth);
                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException("unknown JSON tree node " + tree.GetType().Name);
        }
    }

    private static void Indent(StringBuilder sb, int depth) => sb.Append(' ', depth * 2);

    internal static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        AppendEscape(sb, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendEscape(sb, c);
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }

    private static void AppendEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
