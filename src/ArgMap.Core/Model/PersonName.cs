namespace ArgMap.Core.Model;

/// <summary>A CSL-JSON name: family and given parts, or a literal for institutions.</summary>
public sealed record PersonName(string? Family, string? Given, string? Literal)
{
    public string Display => Literal ?? string.Join(" ", new[] { Given, Family }.Where(p => !string.IsNullOrEmpty(p)));
}
