namespace ArgMap.Core.Model;

/// <summary>The time a claim is about, as ISO 8601 dates (either end may be open).</summary>
public sealed record Period(string? From, string? To);
