using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Core.Tests.Graph;

public class ArgumentGraphTests
{
    private static ArgumentNode Node(string id, NodeKind kind = NodeKind.Claim) => new(id, kind, id.ToUpperInvariant(), [], Origin: "/nodes/" + id);
    private static ArgumentNode Q(string id = "q") => Node(id, NodeKind.Question);

    /// <summary>A map from nodes and relations written as "a>b" (supports), "a!b" (contests) and "u~a>b" (u undercuts a->b).</summary>
    private static ArgumentMap Map(ArgumentNode[] nodes, params string[] links)
    {
        var relations = new List<Relation>();
        var undercuts = new List<Undercut>();
        foreach (var link in links)
        {
            if (link.Contains('~'))
            {
                var (by, rest) = (link[..link.IndexOf('~')], link[(link.IndexOf('~') + 1)..]);
                var parts = rest.Split('>', '!');
                undercuts.Add(new Undercut(by, new RelationKey(parts[0], parts[1]), undercuts.Count));
            }
            else
            {
                var kind = link.Contains('>') ? RelationKind.Supports : RelationKind.Contests;
                var parts = link.Split('>', '!');
                relations.Add(new Relation(kind, parts[0], parts[1], Order: relations.Count));
            }
        }
        return new ArgumentMap(1, null, null, null, nodes, relations, undercuts, []);
    }

    private static ArgumentGraph Build(ArgumentNode[] nodes, params string[] links) => ArgumentGraph.Build(Map(nodes, links));

    [Fact]
    public void SidesFollowTheParityOfContests()
    {
        var g = Build([Q(), Node("c1"), Node("c2"), Node("r1", NodeKind.Rebuttal), Node("e1", NodeKind.Evidence), Node("r2", NodeKind.Rebuttal), Node("e2", NodeKind.Evidence)],
            "c1>q", "c2!q", "r1!c2", "e1>r1", "r2!c1", "e2!r1");
        Assert.Equal(Side.None, g.SideOf("q"));
        Assert.Equal(Side.Yes, g.SideOf("c1"));   // supports the question
        Assert.Equal(Side.No, g.SideOf("c2"));    // contests the question
        Assert.Equal(Side.Yes, g.SideOf("r1"));   // contests a no-claim
        Assert.Equal(Side.Yes, g.SideOf("e1"));   // supports a yes-node
        Assert.Equal(Side.No, g.SideOf("r2"));    // contests a yes-claim
        Assert.Equal(Side.No, g.SideOf("e2"));    // contests a yes-node: three contests
    }

    [Fact]
    public void UndercutSideIsOppositeToTheAttackedRelationsPremise()
    {
        var g = Build([Q(), Node("c"), Node("d"), Node("e1", NodeKind.Evidence), Node("e2", NodeKind.Evidence), Node("u1", NodeKind.Rebuttal), Node("u2", NodeKind.Rebuttal), Node("u3", NodeKind.Rebuttal)],
            "c!q", "d>q", "e1>c", "e2!d", "u1~e1>c", "u2~e2!d", "u3~c!q");
        Assert.Equal(Side.No, g.SideOf("e1"));
        Assert.Equal(Side.Yes, g.SideOf("u1"));
        Assert.Equal(Side.No, g.SideOf("e2"));
        Assert.Equal(Side.Yes, g.SideOf("u2"));
        Assert.Equal(Side.Yes, g.SideOf("u3")); // undercutting a no-claim's contest of the question argues yes
        Assert.Equal("u1", g.PrimaryUndercutOf("u1")!.From);
        Assert.Null(g.PrimaryRelationOf("u1"));
        Assert.Equal(new RelationKey("e1", "c"), g.PrimaryUndercutOf("u1")!.Target);
    }

    [Fact]
    public void DepthIsTheDistanceFromTheQuestion()
    {
        var g = Build([Q(), Node("c"), Node("r", NodeKind.Rebuttal), Node("e", NodeKind.Evidence), Node("u", NodeKind.Rebuttal), Node("x")],
            "c>q", "r!c", "e>r", "u~e>r");
        Assert.Equal(0, g.DepthOf("q"));
        Assert.Equal(1, g.DepthOf("c"));
        Assert.Equal(2, g.DepthOf("r"));
        Assert.Equal(3, g.DepthOf("e"));
        Assert.Equal(3, g.DepthOf("u")); // level with the premise of the relation it attacks
        Assert.Equal(-1, g.DepthOf("x"));
        Assert.Equal(-1, g.DepthOf("no-such-node"));
    }

    [Fact]
    public void PrimaryRelationIsFoundBreadthFirstInDeclarationOrder()
    {
        // e declares e->b before e->a, but a is reached first (a->q is declared before b->q), so e hangs under a.
        var g = Build([Q(), Node("a"), Node("b"), Node("e", NodeKind.Evidence), Node("f")],
            "a>q", "b>q", "e>b", "e>a", "f>e", "f>q");
        Assert.Equal(new RelationKey("e", "a"), g.PrimaryRelationOf("e")!.Key);
        Assert.True(g.IsPrimary(g.FindRelation(new RelationKey("e", "a"))!));
        Assert.False(g.IsPrimary(g.FindRelation(new RelationKey("e", "b"))!));
        // The shallowest way wins even when declared later.
        Assert.Equal(new RelationKey("f", "q"), g.PrimaryRelationOf("f")!.Key);
        Assert.Equal(1, g.DepthOf("f"));
        Assert.False(g.IsPrimary(g.FindRelation(new RelationKey("f", "e"))!));
        Assert.Equal(["a>q", "b>q", "e>a"], g.Relations.Where(g.IsPrimary).Select(r => $"{r.From}>{r.To}").Take(3).ToArray());
        Assert.Null(g.PrimaryRelationOf("q"));
    }

    [Fact]
    public void PrimaryTreeTieBreakFollowsDeclarationOrderOfTheParents()
    {
        var g = Build([Q(), Node("b"), Node("a"), Node("e", NodeKind.Evidence)], "b>q", "a>q", "e>a", "e>b");
        Assert.Equal(new RelationKey("e", "b"), g.PrimaryRelationOf("e")!.Key);
    }

    [Fact]
    public void RelationsIntoAndFromKeepDeclarationOrder()
    {
        var g = Build([Q(), Node("a"), Node("b"), Node("c")], "b>q", "a>q", "c!q", "c>a");
        Assert.Equal(["b", "a", "c"], g.RelationsInto("q").Select(r => r.From).ToArray());
        Assert.Equal(["q", "a"], g.RelationsFrom("c").Select(r => r.To).ToArray());
        Assert.Empty(g.RelationsInto("nope"));
        Assert.Empty(g.RelationsFrom("q"));
    }

    [Fact]
    public void SupportCyclesAreStronglyConnectedComponentsInFileOrder()
    {
        var g = Build([Q(), Node("x"), Node("a"), Node("b"), Node("c"), Node("d"), Node("k1"), Node("k2"), Node("s")],
            "b>q", "a>b", "c>a", "b>c", "x>q", "d>x", "x>d", "k1!k2", "k2!k1", "k1>q", "k2>q", "s>s", "s>q");
        var cycles = g.SupportCycles().Select(c => string.Join(",", c)).ToArray();
        // x,d first (x comes before a in the file); contests-only loops (k1, k2) are not support cycles; a self-support is.
        Assert.Equal(["x,d", "a,b,c", "s"], cycles);
    }

    [Fact]
    public void ASelfContestIsNotASupportCycle()
    {
        var g = Build([Q(), Node("c")], "c>q", "c!c");
        Assert.Empty(g.SupportCycles());
    }

    [Fact]
    public void NoSupportCyclesInATree()
    {
        var g = Build([Q(), Node("a"), Node("b")], "a>q", "b>a", "b>q");
        Assert.Empty(g.SupportCycles());
    }

    [Fact]
    public void UnreachableNodesAreListedInFileOrderWithNoSide()
    {
        var g = Build([Q(), Node("z"), Node("c"), Node("y"), Node("w")], "c>q", "y>z", "w!y");
        Assert.Equal(["z", "y", "w"], g.UnreachableNodeIds().ToArray());
        Assert.False(g.CanReachQuestion("z"));
        Assert.True(g.CanReachQuestion("q"));
        Assert.Equal(Side.None, g.SideOf("w"));
        Assert.Null(g.PrimaryRelationOf("y"));
    }

    [Fact]
    public void QuikGraphHasNodeAndReifiedRelationVerticesAndRoleEdges()
    {
        var g = Build([Q(), Node("c"), Node("r", NodeKind.Rebuttal), Node("e", NodeKind.Evidence), Node("u", NodeKind.Rebuttal)],
            "c>q", "r!c", "e>c", "u~e>c");
        Assert.Equal(5 + 3, g.Graph.VertexCount);
        Assert.Equal(3 * 2 + 1, g.Graph.EdgeCount);
        Assert.Equal(5, g.Graph.Vertices.OfType<NodeVertex>().Count());
        Assert.Equal(["c->q", "r->c", "e->c"], g.Graph.Vertices.OfType<RelationVertex>().Select(v => v.Key).ToArray());
        Assert.Equal(3, g.Graph.Edges.Count(e => e.Role == GraphEdgeRole.Premise));
        Assert.Equal(3, g.Graph.Edges.Count(e => e.Role == GraphEdgeRole.Conclusion));
        var undercut = Assert.Single(g.Graph.Edges, e => e.Role == GraphEdgeRole.Undercut);
        Assert.Equal("u", undercut.Source.Key);
        Assert.Equal("e->c", undercut.Target.Key);
        var rv = g.Graph.Vertices.OfType<RelationVertex>().Single(v => v.Key == "r->c");
        Assert.Equal("r", Assert.Single(g.Graph.InEdges(rv), e => e.Role == GraphEdgeRole.Premise).Source.Key);
        Assert.Equal("c", Assert.Single(g.Graph.OutEdges(rv)).Target.Key);
    }

    [Fact]
    public void DanglingDuplicateAndInvalidReferencesAreToleratedAndLeftOut()
    {
        var nodes = new[] { Q(), Node("c"), Node("e", NodeKind.Evidence), Node("u", NodeKind.Rebuttal), Node("c") };
        var g = Build(nodes, "c>q", "c>missing", "ghost>q", "e>c", "e>c", "u~e>c", "u~e>c", "u~c>nowhere", "ghost~e>c");
        Assert.Equal(4 + 2, g.Graph.VertexCount);           // the duplicate "c" is not a second vertex
        Assert.Equal(2 * 2 + 1, g.Graph.EdgeCount);          // one undercut edge: duplicates and dangling ones left out
        Assert.Equal(["c>q", "e>c"], g.Relations.Select(r => $"{r.From}>{r.To}").ToArray());
        Assert.Null(g.FindRelation(new RelationKey("c", "missing")));
        Assert.Single(g.UndercutsOn(new RelationKey("e", "c")));
        Assert.Equal(2, g.Undercuts.Count());                // both declared u~e>c exist; the graph keeps one
        Assert.Same(nodes[1], g.FindNode("c"));              // the first of a duplicate id wins
        Assert.Null(g.FindNode("ghost"));
        Assert.Equal(Side.Yes, g.SideOf("c"));
        Assert.Empty(g.UnreachableNodeIds());                // the duplicate is not reported as unreachable
    }

    [Fact]
    public void WithoutAQuestionNothingIsPlaced()
    {
        var g = Build([Node("a"), Node("b")], "a>b");
        Assert.Equal(["a", "b"], g.UnreachableNodeIds().ToArray());
        Assert.Equal(Side.None, g.SideOf("a"));
        Assert.Equal(3, g.Graph.VertexCount);
    }

    [Fact]
    public void SideHelpers()
    {
        Assert.Equal(Side.No, Side.Yes.Opposite());
        Assert.Equal(Side.Yes, Side.No.Opposite());
        Assert.Equal(Side.None, Side.None.Opposite());
        Assert.Equal(["yes", "no", "none"], new[] { Side.Yes, Side.No, Side.None }.Select(s => s.ToWord()).ToArray());
    }

    [Fact]
    public void MapDisplayTitleAndQuestion()
    {
        var map = Map([Node("c"), Q()]);
        Assert.Equal("Q", map.DisplayTitle);
        Assert.Equal("q", map.Question.Id);
        Assert.Equal("T", (map with { Title = "T" }).DisplayTitle);
        Assert.Equal("Argument map", Map([Node("c")]).DisplayTitle);
    }
}
