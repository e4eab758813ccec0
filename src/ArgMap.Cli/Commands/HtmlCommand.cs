using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary>
/// <c>argmap html FILE [-o map.html]</c>: one self-contained page with the map, pan and zoom, a details panel,
/// filters, search and collapsible branches; it works offline and with JavaScript off (the static map shows).
/// </summary>
internal static class HtmlCommand
{
    public static Command Create() => DiagramCommand.Create(
        "html",
        "Write an interactive, self-contained HTML map (works offline).",
        "html",
        "Where to write the page (default: beside the input, with .html); a folder for several inputs.");
}
