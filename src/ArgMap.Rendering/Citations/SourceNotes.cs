using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Rendering.Citations;

/// <summary>
/// Numbers the sources a diagram cites, in order of first use (the analysed post first, then each drawn evidence's
/// source and "cited in" work, in file order), as notes under the map.
/// </summary>
public sealed class SourceNotes
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public SourceNotes(ArgumentGraph graph, IEnumerable<ArgumentNode> drawn)
    {
        var ordered = new List<Source>();
        void Use(string? id)
        {
            if (id is not null && graph.FindSource(id) is { } source && !_numbers.ContainsKey(id))
            {
                ordered.Add(source);
                _numbers[id] = ordered.Count;
            }
        }
        Use(graph.Map.About);
        foreach (var node in drawn)
        {
            Use(node.Evidence?.SourceId);
            Use(node.Evidence?.CitedInId);
        }
        Sources = ordered;
    }

    /// <summary>The cited sources in note order (note n is Sources[n-1]).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The note number of a source, or 0 when it is not cited.</summary>
    public int NumberOf(string sourceId) => _numbers.GetValueOrDefault(sourceId);
}
