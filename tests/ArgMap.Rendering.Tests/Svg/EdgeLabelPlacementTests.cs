using ArgMap.Layout;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;
using ArgMap.Text;

namespace ArgMap.Rendering.Tests.Svg;

/// <summary>Where relation labels land: readable, on the page, and not crossed by the undercut that attacks the relation.</summary>
public class EdgeLabelPlacementTests
{
    public static TheoryData<string> Examples => new(Directory.GetFiles(Repo.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    /// <summary>The box SvgExporter draws behind a label: 11 px text plus 4 px each side, 16 px tall.</summary>
    private static Rect LabelBox(DiagramEdge edge) =>
        new(edge.LabelAt.X - (TextMeasurer.Width(edge.Label!, FontStyle.Regular, 11) + 8) / 2, edge.LabelAt.Y - 8,
            TextMeasurer.Width(edge.Label!, FontStyle.Regular, 11) + 8, 16);

    [Theory]
    [MemberData(nameof(Examples))]
    public void No_undercut_runs_through_the_label_of_the_relation_it_attacks(string example)
    {
        var diagram = DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, example + ".json")), ViewOptions.Default);
        foreach (var edge in diagram.Edges.Where(e => e.Label is not null))
        {
            var box = LabelBox(edge);
            var attackers = diagram.Edges.Where(u => u.Kind == EdgeKind.Undercuts && u.To == edge.From && u.ToTarget == edge.To);
            foreach (var undercut in attackers)
            {
                Assert.DoesNotContain(undercut.Route.ToPolyline(24), box.Contains);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Labels_stay_on_the_page_and_off_the_cards(string example)
    {
        var diagram = DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, example + ".json")), ViewOptions.Default);
        foreach (var edge in diagram.Edges.Where(e => e.Label is not null))
        {
            var box = LabelBox(edge);
            Assert.True(box.X >= 0 && box.Right <= diagram.Width && box.Y >= 0 && box.Bottom <= diagram.Height, $"{edge.From} -> {edge.To}");
            Assert.DoesNotContain(diagram.Nodes, n => n.Box.X < box.Right && box.X < n.Box.Right && n.Box.Y < box.Bottom && box.Y < n.Box.Bottom);
        }
    }
}
