using ArgMap.Core.Graph;
using ArgMap.Formats.Json;

namespace ArgMap.Analysis.Tests;

/// <summary>Small maps written compactly: "q: question", "c1 -> q", "r1 -| c1", "u1 ~ e1>c1".</summary>
internal static class MapText
{
    /// <summary>
    /// Builds a map from lines: "id kind [text]" declares a node (kind: question/claim/evidence/rebuttal);
    /// "a -> b" a supports b; "a -| b" a contests b; "u ~ a>b" u undercuts the relation a->b.
    /// </summary>
    public static ArgumentGraph Graph(params string[] lines)
    {
        var nodes = new List<Dictionary<string, object>>();
        var byId = new Dictionary<string, Dictionary<string, object>>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[1] is "->" or "-|")
            {
                var key = parts[1] == "->" ? "supports" : "contests";
                Add(byId[parts[0]], key, parts[2]);
            }
            else if (parts.Length >= 3 && parts[1] == "~")
            {
                var ends = parts[2].Split('>');
                Add(byId[parts[0]], "undercuts", new Dictionary<string, string> { ["from"] = ends[0], ["to"] = ends[1] });
            }
            else
            {
                var node = new Dictionary<string, object> { ["id"] = parts[0], ["type"] = parts[1] };
                if (parts[1] == "evidence")
                {
                    node["quote"] = "quote of " + parts[0];
                    node["source"] = "s";
                }
                else
                {
                    node["text"] = parts.Length > 2 ? string.Join(' ', parts[2..]) : "text of " + parts[0];
                }
                nodes.Add(node);
                byId[parts[0]] = node;
            }
        }
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["argmap"] = 1,
            ["nodes"] = nodes,
            ["sources"] = new[] { new Dictionary<string, string> { ["id"] = "s", ["title"] = "A source" } },
        });
        var result = ArgumentFileLoader.LoadText(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Graph!;
    }

    private static void Add(Dictionary<string, object> node, string key, object value)
    {
        if (!node.TryGetValue(key, out var list))
        {
            node[key] = list = new List<object>();
        }
        ((List<object>)list).Add(value);
    }
}
