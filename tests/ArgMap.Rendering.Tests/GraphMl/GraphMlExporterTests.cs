using System.Globalization;
using System.Xml.Linq;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.GraphMl;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.GraphMl;

/// <summary>
/// The GraphML export: golden files, well-formedness, and the GraphML structure rules that matter to readers.
/// The official GraphML XSD (and yWorks' ygraphml.xsd) cannot be fetched offline, so the rules are checked by hand:
/// keys declared before use and only for their domain, unique ids, edges between existing nodes, and yEd's
/// <c>y:</c> elements only inside the graphics data keys.
/// </summary>
public class GraphMlExporterTests
{
    private static readonly XNamespace G = GraphMlExporter.GraphMlNamespace;
    private static readonly XNamespace Y = GraphMlExporter.YNamespace;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repo.ExampleFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    private static Diagram.Diagram Build(string example) =>
        DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, example + ".json")), ViewOptions.Default);

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleMatchesApprovedGraphMl(string example)
    {
        GoldenFile.Verify(GraphMlExporter.Export(Build(example)), example, "graphml");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleIsValidGraphMl(string example)
    {
        var diagram = Build(example);
        var doc = XDocument.Parse(GraphMlExporter.Export(diagram));
        AssertValidGraphMl(doc);
        var nodes = doc.Descendants(G + "node").ToList();
        var undercutTargets = diagram.Edges.Where(e => e.Kind == EdgeKind.Undercuts).Select(e => (e.To, e.ToTarget)).Distinct().Count();
        var notes = diagram.Footer.Count > 0 ? 1 : 0;
        Assert.Equal(diagram.Nodes.Count + undercutTargets + notes, nodes.Count);
        Assert.Equal(diagram.Edges.Count, doc.Descendants(G + "edge").Count());
    }

    [Fact]
    public void SourceNotesTheCardsCiteAreANodeBelowTheMap()
    {
        var diagram = Build("did-stalin-want-mass-terror");
        var doc = XDocument.Parse(GraphMlExporter.Export(diagram));
        var keyOfType = KeyNamed(doc, "type");
        var notes = doc.Descendants(G + "node")
            .Single(n => n.Elements(G + "data").Any(d => (string?)d.Attribute("key") == keyOfType && d.Value == "notes"));
        var label = notes.Descendants(Y + "NodeLabel").Single().Value;
        Assert.StartsWith("Sources\n1. ", label);
        Assert.Contains("\n3. ", label);
        var top = double.Parse(notes.Descendants(Y + "Geometry").Single().Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(diagram.Nodes, n => Assert.True(top >= n.Box.Bottom, n.Card.Node.Id));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NodeGeometryEqualsTheDiagramBoxes(string example)
    {
        var diagram = Build(example);
        var doc = XDocument.Parse(GraphMlExporter.Export(diagram));
        var keyOfId = KeyNamed(doc, "id");
        var byId = doc.Descendants(G + "node")
            .Where(n => n.Elements(G + "data").Any(d => (string)d.Attribute("key")! == keyOfId))
            .ToDictionary(n => n.Elements(G + "data").First(d => (string)d.Attribute("key")! == keyOfId).Value);
        foreach (var node in diagram.Nodes)
        {
            var geometry = byId[node.Card.Node.Id].Descendants(Y + "Geometry").Single();
            double A(string name) => double.Parse((string)geometry.Attribute(name)!, CultureInfo.InvariantCulture);
            Assert.Equal(Math.Round(node.Box.X, 2), A("x"));
            Assert.Equal(Math.Round(node.Box.Y, 2), A("y"));
            Assert.Equal(Math.Round(node.Box.Width, 2), A("width"));
            Assert.Equal(Math.Round(node.Box.Height, 2), A("height"));
            var shape = (string)byId[node.Card.Node.Id].Descendants(Y + "Shape").Single().Attribute("type")!;
            Assert.Equal(node.Card.Node.Kind == Core.Model.NodeKind.Rebuttal ? "octagon" : "roundrectangle", shape);
        }
    }

    [Fact]
    public void EdgesCarryKindStylesAndUndercutsEndOnAJunction()
    {
        var doc = XDocument.Parse(GraphMlExporter.Export(Build("school-uniforms")));
        var kindKey = KeyNamed(doc, "kind");
        var relationKey = KeyNamed(doc, "relation");
        string Data(XElement e, string key) => e.Elements(G + "data").Single(d => (string)d.Attribute("key")! == key).Value;
        var edges = doc.Descendants(G + "edge").ToList();
        foreach (var (kind, line, arrow) in new[] { ("supports", "line", "standard"), ("contests", "dashed", "t_shape"), ("undercuts", "dotted", "circle") })
        {
            var edge = edges.First(e => Data(e, kindKey) == kind);
            Assert.Equal(line, (string)edge.Descendants(Y + "LineStyle").Single().Attribute("type")!);
            Assert.Equal(arrow, (string)edge.Descendants(Y + "Arrows").Single().Attribute("target")!);
            Assert.Equal("none", (string)edge.Descendants(Y + "Arrows").Single().Attribute("source")!);
        }
        var undercut = edges.Single(e => Data(e, kindKey) == "undercuts");
        Assert.Equal("e-gentile -> c-behaviour", Data(undercut, relationKey));
        var junction = doc.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == (string)undercut.Attribute("target")!);
        Assert.Equal("junction", junction.Elements(G + "data").Single(d => (string)d.Attribute("key")! == KeyNamed(doc, "type")).Value);
        // The attacked relation stays one edge, routed through the junction's centre.
        var attacked = edges.Single(e => Data(e, relationKey) == "e-gentile -> c-behaviour" && Data(e, kindKey) == "supports");
        var g = junction.Descendants(Y + "Geometry").Single();
        double A(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
        var (cx, cy) = (A(g, "x") + A(g, "width") / 2, A(g, "y") + A(g, "height") / 2);
        Assert.Contains(attacked.Descendants(Y + "Point"), p => Math.Abs(A(p, "x") - cx) < 0.02 && Math.Abs(A(p, "y") - cy) < 0.02);
    }

    [Fact]
    public void HostileStringsGiveValidGraphMl()
    {
        const string hostile = "<script>&amp; \"q\" ]]> <!-- bell\u0007 null\u0000 \ud800 \n\r\n 👩‍👩‍👧";
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            argmap = 1,
            title = hostile,
            nodes = new object[]
            {
                new { id = "q", type = "question", text = hostile },
                new { id = "c", type = "claim", text = hostile, by = hostile, supports = new object[] { new { to = "q", label = hostile } } },
                new { id = "e", type = "evidence", text = hostile, quote = hostile, source = "s", supports = new[] { "c" } },
                new { id = "r", type = "rebuttal", text = hostile, undercuts = new[] { new { from = "e", to = "c" } } },
            },
            sources = new object[] { new { id = "s", title = hostile } },
        });
        var diagram = DiagramBuilder.Build(Maps.FromJson(json), ViewOptions.Default);
        var renamed = Dot.DotExporterTests.Rename(diagram, id => id + " " + hostile);
        foreach (var d in new[] { diagram, renamed })
        {
            var xml = GraphMlExporter.Export(d);
            Assert.DoesNotContain('\r', xml);
            var doc = XDocument.Parse(xml);
            AssertValidGraphMl(doc);
            Assert.Contains("<script>", doc.Root!.Value);
        }
    }

    private static string KeyNamed(XDocument doc, string name) =>
        (string)doc.Root!.Elements(G + "key").Single(k => (string?)k.Attribute("attr.name") == name).Attribute("id")!;

    /// <summary>The GraphML rules a reader relies on (the XSD is not available offline).</summary>
    private static void AssertValidGraphMl(XDocument doc)
    {
        var root = doc.Root!;
        Assert.Equal(G + "graphml", root.Name);
        Assert.Equal(GraphMlExporter.YNamespace, root.GetNamespaceOfPrefix("y")?.NamespaceName);

        // Keys come first (before the graph), with unique ids, a valid domain, and typed when they are plain data.
        var children = root.Elements().ToList();
        var firstGraph = children.FindIndex(e => e.Name == G + "graph");
        Assert.True(firstGraph > 0);
        Assert.All(children.Take(firstGraph), e => Assert.Equal(G + "key", e.Name));
        Assert.All(children.Skip(firstGraph), e => Assert.Equal(G + "graph", e.Name));
        var keys = children.Take(firstGraph).ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.All(keys.Values, f => Assert.Contains(f, new[] { "graph", "node", "edge", "all" }));
        foreach (var key in children.Take(firstGraph).Where(k => k.Attribute("yfiles.type") is null))
        {
            Assert.NotNull(key.Attribute("attr.name"));
            Assert.Contains((string)key.Attribute("attr.type")!, new[] { "boolean", "int", "long", "float", "double", "string" });
        }
        Assert.Equal("nodegraphics", (string?)children.Single(k => (string?)k.Attribute("id") == "d0").Attribute("yfiles.type"));
        Assert.Equal("edgegraphics", (string?)children.Single(k => (string?)k.Attribute("id") == "d1").Attribute("yfiles.type"));

        // Every data element names a declared key for its parent's domain.
        foreach (var data in root.Descendants(G + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.True(keys.TryGetValue(key, out var domain), $"undeclared key {key}");
            Assert.True(domain == "all" || domain == data.Parent!.Name.LocalName, $"key {key} is for {domain}, used on {data.Parent!.Name.LocalName}");
        }

        // Ids: unique across nodes, edges and graphs (XML name tokens); edges join existing nodes.
        var graph = root.Element(G + "graph")!;
        Assert.NotNull(graph.Attribute("edgedefault"));
        var nodeIds = root.Descendants(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        var allIds = nodeIds.Concat(root.Descendants(G + "edge").Select(e => (string)e.Attribute("id")!))
            .Concat(root.Descendants(G + "graph").Select(g => (string)g.Attribute("id")!)).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(allIds, id => Assert.Matches(@"^[\w.\-:]+$", id));
        var nodeSet = nodeIds.ToHashSet(StringComparer.Ordinal);
        foreach (var edge in root.Descendants(G + "edge"))
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeSet);
            Assert.Contains((string)edge.Attribute("target")!, nodeSet);
        }

        // yEd's elements live only inside graphics data: d0 on nodes, d1 on edges.
        foreach (var y in root.Descendants().Where(e => e.Name.Namespace == Y && e.Parent!.Name.Namespace != Y))
        {
            var data = y.Parent!;
            Assert.Equal(G + "data", data.Name);
            var expected = data.Parent!.Name == G + "node" ? "d0" : data.Parent!.Name == G + "edge" ? "d1" : null;
            Assert.Equal(expected, (string?)data.Attribute("key"));
        }
        Assert.All(root.Descendants().Where(e => e.Name.Namespace != Y), e => Assert.Equal(G, e.Name.Namespace));
    }
}
