using System.Globalization;

namespace ArgMap.Core.Diagnostics;

/// <summary>
/// One problem found in a user's input: a value, never an exception. <see cref="Location"/> points at the
/// offending token; <see cref="JsonPath"/> is the JSON pointer of the value when the input is JSON. Problems
/// that involve two places (a duplicate id) also name the earlier place in <see cref="RelatedJsonPath"/> /
/// <see cref="RelatedLocation"/>; loaders resolve pointers to locations.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    SourceLocation? Location = null,
    string? JsonPath = null,
    string? RelatedJsonPath = null,
    SourceLocation? RelatedLocation = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The message with the related place appended, when there is one.</summary>
    public string FullMessage => RelatedLocation is null
        ? Message
        : string.Create(CultureInfo.InvariantCulture, $"{Message} (first at line {RelatedLocation.Line}, column {RelatedLocation.Column})");

    /// <summary>The compiler convention editors make clickable: <c>path:line:col: error AM012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var where = Location is null ? "" : Location + ": ";
        return $"{where}{severity} {Code}: {FullMessage}";
    }
}
