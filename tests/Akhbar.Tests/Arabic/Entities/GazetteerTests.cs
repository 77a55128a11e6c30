using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class GazetteerTests
{
    private static Gazetteer Sample()
    {
        var g = new Gazetteer();
        g.Add(NerResources.KeysOf("بغداد"), GazetteerTypes.Location);
        g.Add(NerResources.KeysOf("الموصل"), GazetteerTypes.Location);
        g.Add(NerResources.KeysOf("الأمم المتحدة"), GazetteerTypes.Organization);
        g.Add(NerResources.KeysOf("روسيا"), GazetteerTypes.Location);
        return g;
    }

    private static List<GazetteerMatch> Find(Gazetteer g, string sentence)
    {
        var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
        var matches = new List<GazetteerMatch>();
        g.FindAll(words, matches);
        return matches;
    }

    [Fact]
    public void A_name_after_a_conjunction_and_a_preposition_matches_on_the_segment_boundary()
    {
        var m = Assert.Single(Find(Sample(), "وصل وبغداد"));
        Assert.Equal((1, 1, 1, GazetteerTypes.Location), (m.First, m.Last, m.Offset, m.Types));
        Assert.False(m.ViaPreposition);
    }

    [Fact]
    public void A_name_with_the_article_keeps_it_after_a_conjunction()
    {
        var m = Assert.Single(Find(Sample(), "والموصل"));
        Assert.Equal(1, m.Offset);
    }

    [Fact]
    public void A_bare_preposition_is_read_off_but_marked()
    {
        var m = Assert.Single(Find(Sample(), "لروسيا"));
        Assert.Equal(1, m.Offset);
        Assert.True(m.ViaPreposition);
    }

    [Fact]
    public void Multi_word_names_match_whole_and_only_whole()
    {
        var m = Assert.Single(Find(Sample(), "قالت والأمم المتحدة أمس"));
        Assert.Equal((1, 2, GazetteerTypes.Organization), (m.First, m.Last, m.Types));
        Assert.Empty(Find(Sample(), "الأمم الأخرى"));
    }

    [Fact]
    public void A_word_that_only_ends_like_a_name_does_not_match()
    {
        Assert.Empty(Find(Sample(), "بغدادي"));
    }

    [Fact]
    public void Save_and_load_keep_every_entry()
    {
        var g = Sample();
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            g.Save(w);
        }

        ms.Position = 0;
        using var r = new BinaryReader(ms);
        var loaded = Gazetteer.Load(r);
        Assert.Equal(g.EntryCount, loaded.EntryCount);
        Assert.Equal(GazetteerTypes.Organization, loaded.Lookup(NerResources.KeysOf("الأمم المتحدة")));
        Assert.Equal(GazetteerTypes.None, loaded.Lookup(NerResources.KeysOf("الأمم")));
    }

    [Fact]
    public void Start_forms_kept_per_word_find_the_same_names_as_a_search_of_the_sentence()
    {
        var g = Sample();
        g.Add(NerResources.KeysOf("الأمين العام"), GazetteerTypes.Title);
        foreach (var sentence in new[] { "وصل وبغداد", "قال الأمين العام للأمم المتحدة في الموصل", "وبالموصل ولروسيا والأمم المتحدة", "لا شيء هنا" })
        {
            var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
            var keys = words.Select(w => Gazetteer.HashOf(w.Key)).ToArray();
            var found = new List<GazetteerMatch>();
            for (var i = 0; i < words.Length; i++)
            {
                g.FindAt(words, keys, i, g.StartsOf(words[i]), found);
            }

            Assert.Equal(Find(g, sentence), found);
        }

        Assert.Empty(g.StartsOf(WordForms.Of("شيء")));
        Assert.Empty(new Gazetteer().StartsOf(WordForms.Of("بغداد")));
    }
}
