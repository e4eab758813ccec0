using ArgMap.Rendering.Citations;
using ArgMap.Rendering.Diagram;
using ArgMap.Rendering.Tests.Support;
using ArgMap.Rendering.View;

namespace ArgMap.Rendering.Tests.Citations;

/// <summary>Where the figure caption lands on the page, per style: what an essay writer pastes must follow the style guide.</summary>
public class FigureCaptionPlacementTests
{
    private static Diagram.Diagram Build(CitationStyle style) =>
        DiagramBuilder.Build(Maps.Load(Path.Combine(Repo.Examples, "did-stalin-want-mass-terror.json")),
            ViewOptions.Default with { Caption = style });

    [Fact]
    public void Apa_puts_the_bold_figure_number_and_italic_title_above_the_map_and_the_note_below()
    {
        var diagram = Build(CitationStyle.Apa);
        var mapTop = diagram.Nodes.Min(n => n.Box.Y);
        var mapBottom = diagram.Nodes.Max(n => n.Box.Bottom);

        Assert.Equal("Figure 1", diagram.Header[0].Plain);
        Assert.True(diagram.Header[0].Bold);
        Assert.Equal("Did Stalin Want “Mass Terror?”", diagram.Header[1].Plain);
        Assert.All(diagram.Header[1].Runs, r => Assert.True(r.Italic));
        Assert.All(diagram.Header, line => Assert.True(line.Baseline < mapTop, line.Plain));
        // The figure carries no second copy of its title.
        Assert.Single(diagram.Header, line => line.Plain == "Did Stalin Want “Mass Terror?”");

        var note = Assert.Single(diagram.Footer, line => line.Plain.StartsWith("Note.", StringComparison.Ordinal));
        Assert.True(note.Baseline > mapBottom);
        Assert.True(note.Runs[0].Italic);
    }

    [Fact]
    public void Chicago_puts_the_whole_caption_below_the_map()
    {
        var diagram = Build(CitationStyle.Chicago);
        var mapBottom = diagram.Nodes.Max(n => n.Box.Bottom);
        Assert.DoesNotContain(diagram.Header, line => line.Plain.StartsWith("Figure", StringComparison.Ordinal));
        var caption = Assert.Single(diagram.Footer, line => line.Plain.StartsWith("Figure 1. Did Stalin Want", StringComparison.Ordinal));
        Assert.True(caption.Baseline > mapBottom);
        Assert.Equal("Did Stalin Want “Mass Terror?”", diagram.Header[0].Plain);
    }
}
