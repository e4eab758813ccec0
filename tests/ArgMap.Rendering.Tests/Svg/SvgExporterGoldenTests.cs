using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Svg;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.Themes;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Svg;

/// <summary>Every example in every theme, byte for byte against the approved SVG (ARGMAP_APPROVE=1 re-approves).</summary>
public class SvgExporterGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Repo.ExampleFiles())
        {
            foreach (var theme in Theme.All)
            {
                data.Add(Path.GetFileNameWithoutExtension(file), theme.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExampleMatchesApprovedSvg(string example, string theme)
    {
        var graph = Maps.Load(Path.Combine(Repo.Examples, example + ".json"));
        var svg = SvgExporter.Export(DiagramBuilder.Build(graph, new ViewOptions { Theme = Theme.Find(theme)! }));
        GoldenFile.Verify(svg, $"{example}.{theme}", "svg");
    }
}
