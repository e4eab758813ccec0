using ArgMap.Analysis.Evaluation;
using ArgMap.Rendering.View;

namespace ArgMap.Cli.Commands;

/// <summary>Load one input, apply the view (focus check, status), produce one format, write it atomically.</summary>
internal static class ExportJob
{
    public static FileOutcome Run(string input, string? output, ExportFormat format, ViewOptions view, SemanticsKind? status, double scale = 1)
    {
        var (loaded, messages, code) = MapInput.Load(input);
        if (code != ExitCodes.Ok)
        {
            return new FileOutcome(input, null, code, messages);
        }
        var graph = loaded.Graph!;
        if (view.Focus is { } focus && graph.FindNode(focus) is null)
        {
            messages.Add($"argmap: {input}: --focus: no node has the id '{focus}'");
            return new FileOutcome(input, null, ExitCodes.Usage, messages);
        }
        if (status is { } semantics)
        {
            view = view with { Status = MapEvaluator.Assess(graph, semantics) };
        }
        var request = new ExportRequest(loaded, graph, view, scale);
        int writeCode;
        string? writeMessage;
        try
        {
            (writeCode, writeMessage) = OutputWriter.TryWrite(output, stream => format.Write(request, stream), [input]);
        }
        catch (ExportException e)
        {
            messages.Add($"argmap: {input}: {e.Message}");
            return new FileOutcome(input, null, ExitCodes.IoError, messages);
        }
        if (writeMessage is not null)
        {
            messages.Add(writeMessage);
        }
        else if (output is not null and not "-")
        {
            messages.Add($"wrote {output}");
            if (view.Caption is { } style)
            {
                // The caption is also printed, to paste under the figure where the document needs it as text.
                messages.Add(Rendering.Citations.FigureCaption.For(graph, style).PlainText);
            }
        }
        return new FileOutcome(input, output, writeCode, messages);
    }
}

/// <summary>An exporter could not run for a reason outside the input (a missing font, a missing tool): a clear message, never a stack trace.</summary>
internal sealed class ExportException(string message) : Exception(message);
