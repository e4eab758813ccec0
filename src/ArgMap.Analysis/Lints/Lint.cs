namespace ArgMap.Analysis.Lints;

/// <summary>
/// A point a debater or essay writer should shore up: a stable code, the node it is about (null for the map as a
/// whole), the JSON pointer of that node in the file, what is wrong, and how to fix it.
/// </summary>
public sealed record Lint(string Code, string Name, string? NodeId, string? JsonPath, string Message, string Hint);
