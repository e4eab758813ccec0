using System.Globalization;
using System.Xml.Linq;
using ArgMap.Layout;

namespace ArgMap.Rendering.Tests.Support;

/// <summary>Reads an exported SVG back through the documented data-* contract, as a tool would.</summary>
public sealed class SvgDocument
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public SvgDocument(string svg)
    {
        Root = XDocument.Parse(svg).Root!;
    }

    public XElement Root { get; }

    public IEnumerable<XElement> Nodes => Root.Descendants(Ns + "g").Where(g => (string?)g.Attribute("data-id") is not null);

    public IEnumerable<XElement> Edges => Root.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("edge ", StringComparison.Ordinal) == true);

    public Rect BoxOf(XElement node) => new(D(node, "data-x"), D(node, "data-y"), D(node, "data-w"), D(node, "data-h"));

    public Rect ViewBox
    {
        get
        {
            var parts = ((string)Root.Attribute("viewBox")!).Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return new Rect(parts[0], parts[1], parts[2], parts[3]);
        }
    }

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
}
