using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Diagnostics;
using ArgMap.Core.Graph;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArgMap.Cli;

/// <summary>The human report of <c>argmap analyze</c>: verdicts, a table of nodes, then lints in the compiler form.</summary>
internal static class AnalysisText
{
    public static string Write(string file, ArgumentGraph graph, Assessment assessment, Func<string?, SourceLocation?> locate)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        console.WriteLine($"Question: {graph.Map.Nodes.FirstOrDefault(n => n.Kind == Core.Model.NodeKind.Question)?.Text}");
        console.WriteLine();
        foreach (var verdict in assessment.Verdicts)
        {
            console.WriteLine($"  {verdict.Semantics,-22} yes {verdict.Yes.ToString().ToLowerInvariant(),-9} no {verdict.No.ToString().ToLowerInvariant(),-9} {verdict.Summary}{(verdict.Exact ? "" : " (search cut short)")}");
        }
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("node");
        table.AddColumn("side");
        table.AddColumn(new TableColumn($"{assessment.Semantics.ToString().ToLowerInvariant()}"));
        table.AddColumn(new TableColumn("score").RightAligned());
        table.AddColumn("why");
        foreach (var id in assessment.NodeIds)
        {
            table.AddRow(new IRenderable[]
            {
                new Spectre.Console.Text(id),
                new Spectre.Console.Text(graph.SideOf(id).ToWord()),
                new Spectre.Console.Text(AnalysisReport.LabelWord(assessment.Labels[id])),
                new Spectre.Console.Text(assessment.Scores[id].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(assessment.Explanations[id]),
            });
        }
        console.Write(table);
        console.WriteLine();
        foreach (var lint in assessment.Lints)
        {
            var at = locate(lint.JsonPath);
            var where = at is null ? $"{file}: " : $"{at}: ";
            console.WriteLine($"{where}lint {lint.Code} {lint.Name}: {lint.Message}");
            console.WriteLine($"    hint: {lint.Hint}");
        }
        foreach (var note in assessment.Notes)
        {
            console.WriteLine($"note: {note}");
        }
        console.WriteLine($"{assessment.NodeIds.Count} nodes, {assessment.Lints.Count} lint{(assessment.Lints.Count == 1 ? "" : "s")}");
        return writer.ToString();
    }
}
