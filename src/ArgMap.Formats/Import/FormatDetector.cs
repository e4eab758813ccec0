using ArgMap.Formats.Input;

namespace ArgMap.Formats.Import;

/// <summary>Guesses an input's format from its first bytes and, failing that, its file extension.</summary>
public static class FormatDetector
{
    public static InputFormat Detect(InputText input, string path)
    {
        var head = System.Text.Encoding.UTF8.GetString(input.Utf8.Span[..Math.Min(input.Utf8.Length, 4096)]).TrimStart();
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".apx" || head.StartsWith("arg(", StringComparison.Ordinal))
        {
            return InputFormat.Apx;
        }
        if (head.StartsWith('<'))
        {
            return InputFormat.Microtext;
        }
        if (extension is ".yml" or ".yaml")
        {
            return InputFormat.Carneades;
        }
        if (head.StartsWith('{'))
        {
            if (head.Contains("\"argmap\"", StringComparison.Ordinal)) return InputFormat.ArgMap;
            if (head.Contains("\"AIF\"", StringComparison.Ordinal) || head.Contains("\"nodeID\"", StringComparison.Ordinal)) return InputFormat.Aif;
            if (head.Contains("\"sadface\"", StringComparison.OrdinalIgnoreCase) || head.Contains("\"atom\"", StringComparison.Ordinal)) return InputFormat.Sadface;
            if (head.Contains("\"statements\"", StringComparison.Ordinal) && head.Contains("\"arguments\"", StringComparison.Ordinal)) return InputFormat.ArgdownJson;
        }
        return InputFormat.ArgMap;
    }
}
