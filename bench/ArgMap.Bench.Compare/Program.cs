using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArgMap.Core.Graph;
using ArgMap.Formats;

namespace ArgMap.Bench.Compare;

/// <summary>
/// The measuring half of <c>bench/compare.sh</c>. Subcommands (all output is <c>key=value</c> lines unless noted):
/// <list type="bullet">
/// <item><c>measure-svg --svg F.svg --map F.json [--prefix argmap_]</c>: quality of ArgMap's own drawing.</item>
/// <item><c>to-dot --svg F.svg --map F.json -o F.dot</c>: the same graph as Graphviz DOT with ArgMap's box sizes.</item>
/// <item><c>measure-dot --dot-json F.json --map F.json [--prefix dot_]</c>: the same quality measures on dot's positions.</item>
/// <item><c>table --out results.md A.kv B.kv ...</c>: the Markdown comparison table (also printed).</item>
/// </list>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ArgMap.Bench.Compare measure-svg|to-dot|measure-dot|table ...");
            return 2;
        }
        var options = Options.Parse(args.Skip(1).ToArray());
        switch (args[0])
        {
            case "measure-svg":
            {
                var drawing = Drawing.FromSvg(options.Require("--svg"));
                var relations = Relations.Load(options.Require("--map"));
                Report(Measures.Of(drawing, relations), options.Get("--prefix") ?? "argmap_");
                return 0;
            }
            case "to-dot":
            {
                var drawing = Drawing.FromSvg(options.Require("--svg"));
                var relations = Relations.Load(options.Require("--map"));
                File.WriteAllText(options.Require("-o"), Dot.Write(drawing, relations));
                return 0;
            }
            case "measure-dot":
            {
                var drawing = Drawing.FromDotJson(options.Require("--dot-json"));
                var relations = Relations.Load(options.Require("--map"));
                Report(Measures.Of(drawing, relations), options.Get("--prefix") ?? "dot_");
                return 0;
            }
            case "table":
            {
                var table = Table.Build(options.Positional.Select(Kv.Read).ToList());
                Console.Write(table);
                if (options.Get("--out") is { } path) File.WriteAllText(path, table);
                return 0;
            }
            default:
                Console.Error.WriteLine($"unknown subcommand {args[0]}");
                return 2;
        }
    }

    private static void Report(Measures m, string prefix)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{prefix}nodes={m.Nodes}");
        Console.WriteLine($"{prefix}edges={m.Edges}");
        Console.WriteLine($"{prefix}overlaps={m.Overlaps}");
        Console.WriteLine($"{prefix}wrongway={m.WrongWay}");
        Console.WriteLine($"{prefix}primary={m.Primary}");
        Console.WriteLine($"{prefix}crossings={(m.Crossings is { } c ? c.ToString(inv) : "n/a")}");
        if (m.Crossings is not null)
        {
            Console.WriteLine($"{prefix}crossings_tree_tree={m.CrossingsByKind[0].ToString(inv)}");
            Console.WriteLine($"{prefix}crossings_tree_link={m.CrossingsByKind[1].ToString(inv)}");
            Console.WriteLine($"{prefix}crossings_link_link={m.CrossingsByKind[2].ToString(inv)}");
        }
        Console.WriteLine(string.Create(inv, $"{prefix}area={m.Area:F0}"));
        Console.WriteLine(string.Create(inv, $"{prefix}width={m.Width:F0}"));
        Console.WriteLine(string.Create(inv, $"{prefix}height={m.Height:F0}"));
    }
}

internal sealed class Options
{
    private readonly Dictionary<string, string> _named = [];
    public List<string> Positional { get; } = [];

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-') && i + 1 < args.Length) o._named[args[i]] = args[++i];
            else o.Positional.Add(args[i]);
        }
        return o;
    }

    public string? Get(string name) => _named.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"missing {name}");
}

/// <summary>A node box: top-left corner and size, y downwards, in px (= dot points).</summary>
internal readonly record struct Box(double X, double Y, double W, double H)
{
    public double Cx => X + W / 2;
    public double Cy => Y + H / 2;
}

/// <summary>Node boxes by id, in drawing order.</summary>
internal sealed partial class Drawing
{
    public List<string> Order { get; } = [];
    public Dictionary<string, Box> Boxes { get; } = new(StringComparer.Ordinal);

    [GeneratedRegex("\\bdata-([a-z]+)=\"([^\"]*)\"")]
    private static partial Regex DataAttribute();

    public static Drawing FromSvg(string path)
    {
        var d = new Drawing();
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("<g class=\"node ", StringComparison.Ordinal)) continue;
            var attrs = DataAttribute().Matches(line).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            var id = System.Net.WebUtility.HtmlDecode(attrs["id"]);
            d.Order.Add(id);
            d.Boxes[id] = new Box(P(attrs["x"]), P(attrs["y"]), P(attrs["w"]), P(attrs["h"]));
        }
        return d;
    }

    /// <summary>Positions from <c>dot -Tjson0</c>: centres in points with y upwards, sizes in inches.</summary>
    public static Drawing FromDotJson(string path)
    {
        var d = new Drawing();
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var o in doc.RootElement.GetProperty("objects").EnumerateArray())
        {
            if (!o.TryGetProperty("pos", out var pos) || !o.TryGetProperty("name", out var name)) continue;
            var xy = pos.GetString()!.Split(',');
            var w = P(o.GetProperty("width").GetString()!) * 72;
            var h = P(o.GetProperty("height").GetString()!) * 72;
            var id = name.GetString()!;
            d.Order.Add(id);
            d.Boxes[id] = new Box(P(xy[0]) - w / 2, -P(xy[1]) - h / 2, w, h);
        }
        return d;
    }

    private static double P(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>The map's relations as the renderer sees them: which are primary (tree) edges, plus undercuts.</summary>
internal sealed class Relations
{
    public List<(string Parent, string Child, bool Primary)> Edges { get; } = [];
    public List<(string Node, string Premise, string Conclusion)> Undercuts { get; } = [];

    public static Relations Load(string mapPath)
    {
        var result = MapLoader.Load(mapPath);
        if (!result.Succeeded || result.Graph is not { } graph)
        {
            throw new InvalidOperationException($"{mapPath} does not load: {string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(3))}");
        }
        var r = new Relations();
        foreach (var relation in graph.Relations)
        {
            r.Edges.Add((relation.To, relation.From, graph.IsPrimary(relation)));
        }
        foreach (var u in graph.Undercuts)
        {
            r.Undercuts.Add((u.From, u.Target.From, u.Target.To));
        }
        return r;
    }
}

internal sealed record Measures(int Nodes, int Edges, int Primary, long Overlaps, int WrongWay, long? Crossings, double Area, double Width, double Height,
    long[] CrossingsByKind)
{
    /// <summary>Stop counting crossings (and report n/a) after this many segment-pair tests.</summary>
    private const long CrossingBudget = 3_000_000_000;

    public static Measures Of(Drawing d, Relations relations)
    {
        var boxes = d.Order.Select(id => d.Boxes[id]).ToList();
        var edges = relations.Edges.Where(e => d.Boxes.ContainsKey(e.Parent) && d.Boxes.ContainsKey(e.Child)).ToList();
        var wrong = 0;
        var primary = 0;
        foreach (var (parent, child, isPrimary) in edges)
        {
            if (!isPrimary) continue;
            primary++;
            // Wrong way: the premise's centre is not below its conclusion's centre (top-down drawing).
            if (d.Boxes[child].Cy <= d.Boxes[parent].Cy) wrong++;
        }
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var b in boxes)
        {
            minX = Math.Min(minX, b.X);
            minY = Math.Min(minY, b.Y);
            maxX = Math.Max(maxX, b.X + b.W);
            maxY = Math.Max(maxY, b.Y + b.H);
        }
        var width = boxes.Count > 0 ? maxX - minX : 0;
        var height = boxes.Count > 0 ? maxY - minY : 0;
        var byKind = new long[3];
        var crossings = CountCrossings(edges.Select(e => (e.Parent, e.Child, e.Primary, A: d.Boxes[e.Parent], B: d.Boxes[e.Child])).ToList(), byKind);
        return new Measures(boxes.Count, edges.Count, primary, CountOverlaps(boxes), wrong, crossings,
            width * height, width, height, byKind);
    }

    /// <summary>Pairs of boxes whose interiors overlap by more than half a pixel each way; sort-and-sweep on x.</summary>
    private static long CountOverlaps(List<Box> boxes)
    {
        const double eps = 0.5;
        var sorted = boxes.OrderBy(b => b.X).ToArray();
        var active = new List<Box>();
        long count = 0;
        foreach (var b in sorted)
        {
            var keep = 0;
            for (var i = 0; i < active.Count; i++)
            {
                var a = active[i];
                if (a.X + a.W <= b.X + eps) continue; // ends before b starts: drop from the sweep
                active[keep++] = a;
                var ox = Math.Min(a.X + a.W, b.X + b.W) - Math.Max(a.X, b.X);
                var oy = Math.Min(a.Y + a.H, b.Y + b.H) - Math.Max(a.Y, b.Y);
                if (ox > eps && oy > eps) count++;
            }
            active.RemoveRange(keep, active.Count - keep);
            active.Add(b);
        }
        return count;
    }

    /// <summary>
    /// Proper crossings between straight segments joining box centres, ignoring pairs that share a node. Sort-and-sweep
    /// on x: each segment is tested only against segments whose x-range it overlaps. <paramref name="byKind"/> splits the
    /// count into tree×tree, tree×cross-link and cross-link×cross-link pairs, to show where a layout loses.
    /// </summary>
    private static long? CountCrossings(List<(string P, string C, bool Primary, Box A, Box B)> edges, long[] byKind)
    {
        var segs = edges.Select(e => new Seg(e.P, e.C, e.A.Cx, e.A.Cy, e.B.Cx, e.B.Cy, e.Primary)).OrderBy(s => s.MinX).ToArray();
        var active = new List<Seg>();
        long count = 0, tests = 0;
        foreach (var s in segs)
        {
            var keep = 0;
            for (var i = 0; i < active.Count; i++)
            {
                var t = active[i];
                if (t.MaxX < s.MinX) continue;
                active[keep++] = t;
                if (++tests > CrossingBudget) return null;
                if (t.MaxY < s.MinY || s.MaxY < t.MinY) continue;
                if (s.From == t.From || s.From == t.To || s.To == t.From || s.To == t.To) continue;
                if (Cross(s, t))
                {
                    count++;
                    byKind[(s.Primary ? 0 : 1) + (t.Primary ? 0 : 1)]++;
                }
            }
            active.RemoveRange(keep, active.Count - keep);
            active.Add(s);
        }
        return count;
    }

    private static bool Cross(Seg s, Seg t)
    {
        var d1 = Orient(t.X1, t.Y1, t.X2, t.Y2, s.X1, s.Y1);
        var d2 = Orient(t.X1, t.Y1, t.X2, t.Y2, s.X2, s.Y2);
        var d3 = Orient(s.X1, s.Y1, s.X2, s.Y2, t.X1, t.Y1);
        var d4 = Orient(s.X1, s.Y1, s.X2, s.Y2, t.X2, t.Y2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double Orient(double ax, double ay, double bx, double by, double cx, double cy)
    {
        var v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Math.Abs(v) < 1e-9 ? 0 : v;
    }

    private readonly record struct Seg(string From, string To, double X1, double Y1, double X2, double Y2, bool Primary)
    {
        public double MinX => Math.Min(X1, X2);
        public double MaxX => Math.Max(X1, X2);
        public double MinY => Math.Min(Y1, Y2);
        public double MaxY => Math.Max(Y1, Y2);
    }
}

internal static class Dot
{
    /// <summary>
    /// The drawn graph in DOT: ArgMap's box sizes (fixed), ArgMap's node order, parent -> child edges so the question is
    /// on top, non-primary relations with constraint=false, and each undercut hung below the premise it attacks.
    /// </summary>
    public static string Write(Drawing d, Relations relations)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(d.Order.Count * 64);
        sb.Append("digraph argmap {\n  graph [rankdir=TB nodesep=0.33 ranksep=0.9];\n  node [shape=box fixedsize=true label=\"\"];\n");
        foreach (var id in d.Order)
        {
            var b = d.Boxes[id];
            sb.Append(inv, $"  \"{id}\" [width={b.W / 72:0.####} height={b.H / 72:0.####}];\n");
        }
        foreach (var (parent, child, primary) in relations.Edges)
        {
            if (!d.Boxes.ContainsKey(parent) || !d.Boxes.ContainsKey(child)) continue;
            sb.Append("  \"").Append(parent).Append("\" -> \"").Append(child).Append('"').Append(primary ? ";\n" : " [constraint=false];\n");
        }
        foreach (var (node, premise, _) in relations.Undercuts)
        {
            if (!d.Boxes.ContainsKey(node) || !d.Boxes.ContainsKey(premise)) continue;
            sb.Append("  \"").Append(premise).Append("\" -> \"").Append(node).Append("\" [style=dashed];\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }
}

internal static class Kv
{
    public static Dictionary<string, string> Read(string path) =>
        File.ReadLines(path)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim())
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim());
}

internal static class Table
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Build(List<Dictionary<string, string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| size | ArgMap time (s) | ArgMap peak MB | dot time (s) | time ratio | Argdown time (s) | time ratio | overlaps | wrong-way edges | crossings ArgMap / dot (ratio) | area ArgMap / dot (ratio) |\n");
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        foreach (var r in rows.OrderBy(r => Num(r, "size") ?? 0))
        {
            var status = r.GetValueOrDefault("argmap_status", "ok");
            var dotStatus = r.GetValueOrDefault("dot_status", "not run");
            var aTime = Num(r, "argmap_time");
            var dTime = dotStatus == "ok" ? Num(r, "dot_time") : null;
            var aMb = Num(r, "argmap_rss_kb") / 1024;
            var argdownStatus = r.GetValueOrDefault("argdown_status", "not run");
            var adTime = argdownStatus == "ok" ? Num(r, "argdown_time") : null;
            var cells = new[]
            {
                r.GetValueOrDefault("size", "?"),
                status == "ok" ? F(aTime, "0.00") : $"{F(aTime, "0.00")} ({status})",
                F(aMb, "0"),
                dotStatus == "ok" ? F(dTime, "0.00") : dotStatus,
                Ratio(aTime, dTime),
                argdownStatus == "ok" ? F(adTime, "0.00") : argdownStatus,
                Ratio(aTime, adTime),
                r.GetValueOrDefault("argmap_overlaps", "n/a"),
                Frac(r, "argmap_wrongway", "argmap_primary"),
                Pair(r, "crossings", "0"),
                Pair(r, "area", "0.0", scale: 1e-6, unit: " Mpx²"),
            };
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }
        sb.Append('\n')
          .Append("Ratios are ArgMap ÷ dot (or ÷ Argdown) measured in the same run (below 1: ArgMap is faster / has fewer crossings / is smaller). ")
          .Append("Times are whole processes (`/usr/bin/time`: JSON load, layout, SVG write for ArgMap; DOT parse, layout, JSON write for dot; ")
          .Append("for Argdown, `argdown map -f svg` on the same map exported with `argmap export --format argdown`). ")
          .Append("Overlaps: pairs of ArgMap node boxes overlapping by more than 0.5 px. Wrong-way: primary relations whose premise centre is not below its conclusion's centre. ")
          .Append("Crossings: relation edges as straight segments between box centres (undercuts excluded). Area: bounding box of the node boxes.\n");
        return sb.ToString();
    }

    private static double? Num(Dictionary<string, string> r, string key) =>
        r.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, Inv, out var d) ? d : null;

    private static string F(double? v, string format) => v is { } d ? d.ToString(format, Inv) : "n/a";

    private static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", Inv) : "n/a";

    private static string Frac(Dictionary<string, string> r, string key, string of) =>
        r.TryGetValue(key, out var v) ? (r.TryGetValue(of, out var total) ? $"{v} of {total}" : v) : "n/a";

    private static string Pair(Dictionary<string, string> r, string what, string format, double scale = 1, string unit = "")
    {
        var a = Num(r, "argmap_" + what) * scale;
        var d = r.GetValueOrDefault("dot_status") == "ok" ? Num(r, "dot_" + what) * scale : null;
        if (d is null) return F(a, format) + unit;
        return $"{F(a, format)} / {F(d, format)}{unit} ({Ratio(a, d)})";
    }
}
