using ArgMap.Analysis.Evaluation;
using ArgMap.Core.Graph;

namespace ArgMap.Rendering.Debate;

/// <summary>
/// A printable classroom debate packet for both sides of a map's question: a cover with the resolution, the sides'
/// answers and the verdict under each semantics; each side's case with its evidence cards (tag, cite, the quote with
/// the parts to read aloud marked, the cut in context); blocks (what the other side can say, and the answers the
/// file has); a blank flow sheet in policy-debate speech order; and the map with the explanation of each answer.
/// Pure functions of their inputs: same map, same options, same text.
/// </summary>
public static class DebatePacket
{
    /// <summary>A self-contained HTML page (inline CSS, no scripts, nothing fetched) with print CSS for the chosen paper.</summary>
    public static string Html(ArgumentGraph graph, Assessment assessment, DebateOptions? options = null) =>
        DebateHtml.Write(new DebateModel(graph, assessment), options ?? DebateOptions.Default);

    /// <summary>The same packet as Markdown (the map is left out: it needs the HTML packet).</summary>
    public static string Markdown(ArgumentGraph graph, Assessment assessment, DebateOptions? options = null) =>
        DebateMarkdown.Write(new DebateModel(graph, assessment), options ?? DebateOptions.Default);
}
