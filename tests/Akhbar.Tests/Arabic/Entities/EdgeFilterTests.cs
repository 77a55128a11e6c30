using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class EdgeFilterTests
{
    [Fact]
    public void Every_edge_passes_and_most_others_do_not()
    {
        var random = new Random(5);
        var edges = new HashSet<ulong>();
        while (edges.Count < 20_000)
        {
            edges.Add(((ulong)(uint)random.Next(0, 50_000) << 32) | (uint)random.Next());
        }

        var filter = new EdgeFilter(edges);
        Assert.All(edges, e => Assert.True(filter.MayHave(e)));

        var passed = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var other = ((ulong)(uint)random.Next(0, 50_000) << 32) | (uint)random.Next();
            passed += !edges.Contains(other) && filter.MayHave(other) ? 1 : 0;
        }

        Assert.True(passed < 400, $"{passed} of 20,000 absent edges passed");
    }

    [Fact]
    public void A_gazetteer_grown_after_a_lookup_still_finds_every_name()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(["بغداد"], GazetteerTypes.Location);
        Assert.Equal(GazetteerTypes.Location, gazetteer.Lookup("بغداد"));
        Assert.Equal(GazetteerTypes.None, gazetteer.Lookup("الموصل"));

        gazetteer.Add(["الموصل"], GazetteerTypes.Location);
        gazetteer.Add(["الامم", "المتحده"], GazetteerTypes.Organization);
        Assert.Equal(GazetteerTypes.Location, gazetteer.Lookup("الموصل"));
        Assert.Equal(GazetteerTypes.Organization, gazetteer.Lookup("الامم", "المتحده"));
    }
}
