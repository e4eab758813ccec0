using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArgMap.Browser.Tests;

/// <summary>The interactive maps, written once per class with the real CLI (<c>argmap html ... --status</c>).</summary>
public sealed class MapPages : IDisposable
{
    public const string Stalin = "did-stalin-want-mass-terror.json";
    public const string FourDayWeek = "four-day-week.json";

    private readonly TempDir _dir = new();

    public MapPages()
    {
        foreach (var example in new[] { Stalin, FourDayWeek })
        {
            Cli.Ok("html", Repo.Example(example), "--status", "-o", PathOf(example));
            Assert.True(File.Exists(PathOf(example)), $"argmap html wrote no {PathOf(example)}");
        }
    }

    public string PathOf(string example) => _dir.File(Path.GetFileNameWithoutExtension(example) + ".html");

    public string UrlOf(string example) => new Uri(PathOf(example)).AbsoluteUri;

    public void Dispose() => _dir.Dispose();
}

public sealed class HtmlMapTests(BrowserFixture browser, MapPages maps) : IClassFixture<BrowserFixture>, IClassFixture<MapPages>, IAsyncLifetime
{
    private readonly List<IPage> _pages = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> Open(string example, BrowserNewContextOptions? options = null)
    {
        var page = await browser.NewPageAsync(options);
        _pages.Add(page);
        await page.GotoAsync(maps.UrlOf(example));
        return page;
    }

    private static ILocator Node(IPage page, string id) => page.Locator($"#viewport g.node[data-id='{id}']");

    private static Task<string?> ActiveId(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-id')");

    private static Task<bool> IsDisplayed(ILocator node) => node.EvaluateAsync<bool>("el => getComputedStyle(el).display !== 'none'");

    [BrowserTheory]
    [InlineData(MapPages.Stalin)]
    [InlineData(MapPages.FourDayWeek)]
    public async Task The_page_loads_without_any_network_request_or_console_error(string example)
    {
        var page = await browser.NewPageAsync();
        _pages.Add(page);
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        page.RequestFailed += (_, r) => errors.Add($"request failed: {r.Url}");
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add($"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => errors.Add($"page error: {e}");

        await page.GotoAsync(maps.UrlOf(example), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // Use the page a little, so lazily triggered fetches (fonts, images on hover or in the panel) would show too.
        await page.Locator("#viewport g.node").First.ClickAsync();
        await page.FillAsync("#search", "a");
        await page.WaitForTimeoutAsync(200);

        Assert.Equal([maps.UrlOf(example)], requests);
        Assert.Empty(errors);
        Assert.Equal(ExampleNode.Read(Repo.Example(example)).Count, await page.Locator("#viewport g.node").CountAsync());
        Assert.True(await page.IsVisibleAsync("#toolbar"), "the script did not show the toolbar");
    }

    [BrowserFact]
    public async Task Clicking_a_node_opens_its_details_and_Escape_closes_them_returning_focus_to_the_node()
    {
        var page = await Open(MapPages.Stalin);
        var evidence = ExampleNode.Read(Repo.Example(MapPages.Stalin)).Single(n => n.Id == "e-khrushchev-lists");
        Assert.False(await page.IsVisibleAsync("#panel"), "the details panel shows before anything was chosen");

        await Node(page, evidence.Id).ClickAsync();

        var panel = page.Locator("#panel");
        Assert.True(await panel.IsVisibleAsync());
        Assert.Equal(evidence.Text, await panel.Locator("h2").TextContentAsync());
        Assert.Contains(evidence.Quote!, await panel.Locator("blockquote").TextContentAsync());
        // Kind and side as the card heads them ("EVIDENCE · YES"): "no side" would read as "no side at all".
        Assert.Equal("evidence \u00B7 yes \u00B7 IN", await panel.Locator(".kind").TextContentAsync());
        Assert.Contains("selected", await Node(page, evidence.Id).GetAttributeAsync("class"));

        // Focus moves into the panel (its Close button); Escape must bring it back to the node the reader came from.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Close" }).FocusAsync();
        Assert.Null(await ActiveId(page));
        await page.Keyboard.PressAsync("Escape");

        Assert.False(await panel.IsVisibleAsync(), "Escape did not close the panel");
        Assert.Equal(evidence.Id, await ActiveId(page));
        Assert.DoesNotContain("selected", await Node(page, evidence.Id).GetAttributeAsync("class"));
    }

    [BrowserFact]
    public async Task Search_marks_exactly_the_matching_nodes_and_counts_them()
    {
        var page = await Open(MapPages.Stalin);
        var nodes = ExampleNode.Read(Repo.Example(MapPages.Stalin));
        var expected = nodes.Where(n => n.Mentions("khrushchev")).Select(n => n.Id).Order().ToList();
        Assert.NotEmpty(expected);

        await page.FillAsync("#search", "Khrushchev");

        var marked = (await page.Locator("#viewport g.node.match").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-id'))")).Order().ToList();
        Assert.Equal(expected, marked);
        var dimmed = await page.Locator("#viewport g.node.dimmed").CountAsync();
        Assert.Equal(nodes.Count - expected.Count, dimmed);
        Assert.Equal(expected.Count == 1 ? "1 match" : $"{expected.Count} matches", await page.TextContentAsync("#matches"));

        await page.FillAsync("#search", "");
        Assert.Equal(0, await page.Locator("#viewport g.node.match, #viewport g.node.dimmed").CountAsync());
        Assert.Equal("", await page.TextContentAsync("#matches"));
    }

    [BrowserFact]
    public async Task The_side_filter_hides_the_other_side_and_keeps_the_question()
    {
        var page = await Open(MapPages.Stalin);
        await page.SelectOptionAsync("#side-filter", "yes");

        var seen = new HashSet<string>();
        foreach (var node in await page.Locator("#viewport g.node").AllAsync())
        {
            var side = await node.GetAttributeAsync("data-side");
            var type = await node.GetAttributeAsync("data-type");
            seen.Add(side!);
            var shown = await IsDisplayed(node);
            if (type == "question")
            {
                Assert.True(shown, "the side filter hid the question");
            }
            else
            {
                Assert.True(shown == (side == "yes"), $"{await node.GetAttributeAsync("data-id")} (side {side}) is {(shown ? "shown" : "hidden")} with the yes filter");
            }
        }
        Assert.Contains("no", seen);
        Assert.Contains("yes", seen);

        await page.SelectOptionAsync("#side-filter", "all");
        Assert.Equal(0, await page.Locator("#viewport g.hidden").CountAsync());
    }

    [BrowserFact]
    public async Task The_tag_filter_keeps_only_nodes_with_that_tag_and_the_question()
    {
        const string tag = "counter-case";
        var page = await Open(MapPages.Stalin);
        var nodes = ExampleNode.Read(Repo.Example(MapPages.Stalin));
        Assert.Contains(nodes, n => n.Tags.Contains(tag));
        var options = await page.Locator("#tag-filter option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal(nodes.SelectMany(n => n.Tags).Distinct().Order(StringComparer.Ordinal).Prepend(""), options.OrderBy(o => o, StringComparer.Ordinal));

        await page.SelectOptionAsync("#tag-filter", tag);

        foreach (var n in nodes)
        {
            var shown = await IsDisplayed(Node(page, n.Id));
            Assert.True(shown == (n.Type == "question" || n.Tags.Contains(tag)), $"{n.Id} (tags {string.Join(", ", n.Tags)}) is {(shown ? "shown" : "hidden")} with the {tag} filter");
        }
        // An edge is drawn only while both of its ends are.
        foreach (var edge in await page.Locator("#viewport g.edge").AllAsync())
        {
            var fromId = await edge.GetAttributeAsync("data-from");
            var toId = await edge.GetAttributeAsync("data-to");
            var from = nodes.Single(n => n.Id == fromId);
            var to = nodes.Single(n => n.Id == toId);
            bool Kept(ExampleNode n) => n.Type == "question" || n.Tags.Contains(tag);
            if (!Kept(from) || !Kept(to))
            {
                Assert.False(await IsDisplayed(edge), $"the edge {from.Id} -> {to.Id} shows although an end is hidden");
            }
        }
    }

    [BrowserFact]
    public async Task Tab_reaches_every_node_and_Enter_opens_the_focused_one()
    {
        var page = await Open(MapPages.FourDayWeek);
        var ids = ExampleNode.Read(Repo.Example(MapPages.FourDayWeek)).Select(n => n.Id).ToList();

        await page.FocusAsync("#viewport");
        var reached = new HashSet<string>();
        for (var i = 0; i < ids.Count + 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await ActiveId(page) is { } id)
            {
                reached.Add(id);
            }
        }
        Assert.Empty(ids.Except(reached));

        // Tab back to a node that is not the first, then Enter.
        await page.FocusAsync("#viewport");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        var focused = await ActiveId(page);
        Assert.NotNull(focused);
        Assert.False(await page.IsVisibleAsync("#panel"));
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.IsVisibleAsync("#panel"), "Enter on a focused node did not open its details");
        var node = ExampleNode.Read(Repo.Example(MapPages.FourDayWeek)).Single(n => n.Id == focused);
        Assert.Equal(node.Text ?? node.Id, await page.TextContentAsync("#panel h2"));
    }

    [BrowserFact]
    public async Task Collapsing_a_branch_hides_its_descendants_and_Expand_all_restores_them()
    {
        const string branch = "c-opposed";
        var page = await Open(MapPages.Stalin);
        // The page's tree (each node's primary parent) decides what a branch is; the known children must be in it.
        var parents = new Dictionary<string, string?>();
        using (var data = JsonDocument.Parse(await page.TextContentAsync("#argmap-data") ?? "{}"))
        {
            foreach (var n in data.RootElement.GetProperty("nodes").EnumerateArray())
            {
                parents[n.GetProperty("id").GetString()!] = n.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            }
        }
        bool Below(string id)
        {
            for (var p = parents[id]; p is not null; p = parents[p])
            {
                if (p == branch)
                {
                    return true;
                }
            }
            return false;
        }
        var descendants = parents.Keys.Where(Below).ToHashSet();
        Assert.Superset(new HashSet<string> { "e-1933-instruction", "e-1937-speech", "c-reader", "r-approved", "e-order-00447", "e-khrushchev-lists" }, descendants);

        await Node(page, branch).ClickAsync();
        await page.Locator("#panel").GetByRole(AriaRole.Button, new() { Name = "Collapse branch" }).ClickAsync();

        foreach (var id in parents.Keys)
        {
            var shown = await IsDisplayed(Node(page, id));
            Assert.True(shown == !descendants.Contains(id), $"{id} is {(shown ? "shown" : "hidden")} after collapsing {branch}");
        }
        Assert.Contains("collapsed", await Node(page, branch).GetAttributeAsync("class"));
        Assert.Equal("false", await Node(page, branch).GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#panel").GetByRole(AriaRole.Button, new() { Name = "Expand branch" }).IsVisibleAsync());

        await page.ClickAsync("#expand-all");

        Assert.Equal(0, await page.Locator("#viewport g.hidden").CountAsync());
        foreach (var id in parents.Keys)
        {
            Assert.True(await IsDisplayed(Node(page, id)), $"{id} stayed hidden after Expand all");
        }
        Assert.DoesNotContain("collapsed", await Node(page, branch).GetAttributeAsync("class"));
    }

    [BrowserFact]
    public async Task The_wheel_zooms_the_map_and_Fit_restores_the_view()
    {
        var page = await Open(MapPages.Stalin);
        async Task<double[]> ViewBox() => (await page.GetAttributeAsync("#viewport > svg", "viewBox"))!
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var homeText = await page.GetAttributeAsync("#viewport > svg", "viewBox");
        var home = await ViewBox();
        Assert.Equal(4, home.Length);

        var box = (await page.Locator("#viewport").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 3, box.Y + box.Height / 3);
        await page.Mouse.WheelAsync(0, -400);
        await page.WaitForFunctionAsync($"() => document.querySelector('#viewport > svg').getAttribute('viewBox') !== '{homeText}'");

        var zoomed = await ViewBox();
        Assert.True(zoomed[2] < home[2] && zoomed[3] < home[3], $"wheel up should zoom in: {string.Join(' ', home)} -> {string.Join(' ', zoomed)}");

        await page.ClickAsync("#zoom-out");
        await page.ClickAsync("#zoom-out");
        Assert.True((await ViewBox())[2] > zoomed[2], "the zoom-out button did not widen the view");

        await page.ClickAsync("#zoom-reset");
        var reset = await ViewBox();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(home[i], reset[i], 3);
        }
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_static_map_shows()
    {
        var page = await Open(MapPages.Stalin, new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var nodes = ExampleNode.Read(Repo.Example(MapPages.Stalin));

        Assert.True(await page.IsVisibleAsync("#viewport > svg"), "the map is not visible without JavaScript");
        Assert.Equal(nodes.Count, await page.Locator("#viewport g.node").CountAsync());
        foreach (var n in nodes)
        {
            Assert.True(await Node(page, n.Id).IsVisibleAsync(), $"{n.Id} is not visible without JavaScript");
        }
        // The toolbar carries the `hidden` attribute until the script shows it; its controls do nothing without the script.
        Assert.False(await page.IsVisibleAsync("#toolbar"),
            $"the toolbar (useless without the script) shows: computed display '{await page.Locator("#toolbar").EvaluateAsync<string>("el => getComputedStyle(el).display")}' (map.css `#toolbar {{ display: flex }}` overrides the hidden attribute)");
        Assert.False(await page.IsVisibleAsync("#panel"));
        var box = (await page.Locator("#viewport > svg").BoundingBoxAsync())!;
        Assert.True(box.Width > 300 && box.Height > 200, $"the static map is drawn {box.Width}x{box.Height}");
    }
}
