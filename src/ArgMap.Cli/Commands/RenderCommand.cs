using System.CommandLine;

namespace ArgMap.Cli.Commands;

/// <summary><c>argmap render FILE... [-o OUT.svg | -o FOLDER/]</c>: draws maps as SVG diagrams.</summary>
internal static class RenderCommand
{
    public static Command Create() => DiagramCommand.Create(
        "render",
        "Draw argument maps as SVG diagrams.",
        "svg",
        "Where to write the SVG (default: beside the input, with .svg); a folder for several inputs.");
}
