using System.Xml.Linq;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Svg;

/// <summary>User strings can hold anything; the SVG must stay well-formed and inert.</summary>
public class HostileTextTests
{
    public static TheoryData<string> Hostile() => new(
        "<script>alert(1)</script>",
        "Tom & Jerry's \"quote\" ]]> <!-- -->",
        "bell\u0007 null\u0000 escape\u001b vertical\u000b",
        "lone \ud800 surrogate and \udfff another",
        "emoji 👩‍👩‍👧 and RTL שלום عربى and 汉字",
        "</text></g></svg><svg onload=\"x\">",
        "&amp; &lt; already escaped");

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileStringsGiveWellFormedSvgWithTheTextKept(string hostile)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            argmap = 1,
            title = hostile,
            nodes = new object[]
            {
                new { id = "q", type = "question", text = "Q " + hostile },
                new { id = "c", type = "claim", text = hostile, by = hostile, supports = new object[] { new { to = "q", label = hostile } } },
                new { id = "e", type = "evidence", text = hostile, quote = hostile, source = "s", supports = new[] { "c" } },
            },
            sources = new object[] { new { id = "s", title = hostile, URL = "javascript:alert(1)" } },
        });
        var svg = SvgExporter.Export(DiagramBuilder.Build(Maps.FromJson(json), ViewOptions.Default));
        var doc = XDocument.Parse(svg); // throws if not well-formed
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript:", svg);
        var visible = Core.Text.XmlText.RemoveIllegal(hostile).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.Contains(visible, doc.Root!.Value);
    }
}
