namespace ArgMap.Formats.Import;

/// <summary>The argument file formats ArgMap reads.</summary>
public enum InputFormat
{
    /// <summary>ArgMap's own JSON format (version 1).</summary>
    ArgMap,
    Aif,
    ArgdownJson,
    Microtext,
    Sadface,
    Carneades,
    Apx,
}
