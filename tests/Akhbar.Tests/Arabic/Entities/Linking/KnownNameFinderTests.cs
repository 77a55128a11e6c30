using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class KnownNameFinderTests
{
    private static readonly KnownNameFinder Organizations = LinkingResources.Default.KnownOrganizationNames;

    [Fact]
    public void The_longest_listed_name_wins_over_the_shorter_ones_inside_it()
    {
        var doc = Analyze.Text("ذكرت صحيفة نيويورك تايمز أمس أن المفاوضات توقفت.");
        var (span, _, entity) = Assert.Single(Organizations.Find(doc.Text, doc.Tokens));
        Assert.Equal("صحيفة نيويورك تايمز", doc.Slice(span));
        Assert.Equal("The New York Times", entity.NameEn);
    }

    [Fact]
    public void A_name_cut_short_by_the_sentence_is_found_by_its_shorter_listed_form()
    {
        var doc = Analyze.Text("قالت نيويورك تايمز");
        var (span, _, _) = Assert.Single(Organizations.Find(doc.Text, doc.Tokens));
        Assert.Equal("نيويورك تايمز", doc.Slice(span));
    }

    [Fact]
    public void A_listed_name_in_Latin_letters_is_found_even_when_short()
    {
        var doc = Analyze.Text("القاهرة (CNN) -- أعلنت الحكومة خطة جديدة.");
        var (span, _, entity) = Assert.Single(Organizations.Find(doc.Text, doc.Tokens));
        Assert.Equal("CNN", doc.Slice(span));
        Assert.Equal("USA", entity.Country);
    }

    [Fact]
    public void Words_that_only_begin_a_listed_name_are_no_name()
    {
        var doc = Analyze.Text("زار وفد نيويورك الأسبوع الماضي.");
        Assert.Empty(Organizations.Find(doc.Text, doc.Tokens));
    }

    [Theory]
    [InlineData("قال الرئيس دونالد ترامب لصحيفة نيويورك تايمز إن الأمم المتحدة لم ترد، وفق وكالة فرانس برس.")]
    [InlineData("وأكد دونالد #ترمب ووزير خارجيته أمام الأمم المتحدة أن CNN نقلت الخبر.")]
    [InlineData("زار وفد نيويورك الأسبوع الماضي ولم يلتق أحدا.")]
    public void One_scan_for_two_tables_finds_what_each_table_finds_alone(string body)
    {
        var doc = Analyze.Text(body);
        var people = LinkingResources.Default.KnownPeopleNames;
        var (inPeople, inOrganizations) = KnownNameFinder.FindBoth(people, Organizations, doc.Text, doc.Tokens);
        Assert.Equal(people.Find(doc.Text, doc.Tokens), inPeople);
        Assert.Equal(Organizations.Find(doc.Text, doc.Tokens), inOrganizations);
    }

    [Fact]
    public void The_entity_stage_hands_the_listed_organizations_to_linking_as_linking_would_find_them()
    {
        var doc = Analyze.Text("قال الرئيس دونالد ترامب لصحيفة نيويورك تايمز إن الأمم المتحدة لم ترد.");
        var organizations = doc.ListedNames.Where(n => n.Type == EntityType.Organization).Select(n => (n.Span, n.Key));
        Assert.Equal(Organizations.Find(doc.Text, doc.Tokens).Select(f => (f.Span, f.Key)), organizations);
        Assert.Contains(doc.ListedNames, n => n.Type == EntityType.Person && doc.Slice(n.Span) == "دونالد ترامب");

        // Linking with the stage's names links as linking that scans alone.
        var alone = new EntityLinker(LinkingResources.Default).Link(doc.Text, doc.Tokens, doc.Entities, 0);
        Assert.Equal(alone.Select(e => (e.Id, e.Name, e.Type, e.Cameo, string.Join(" ", e.Mentions))), doc.LinkedEntities.Select(e => (e.Id, e.Name, e.Type, e.Cameo, string.Join(" ", e.Mentions))));
    }

    [Fact]
    public void A_word_longer_than_any_listed_name_after_a_name_stops_the_name_without_harm()
    {
        // The key grows on the stack up to the longest listed key; a word past that ends the search.
        var longWord = string.Concat(Enumerable.Repeat("كتب", 120));
        var doc = Analyze.Text($"قالت نيويورك تايمز {longWord} في تقرير.");
        var (span, key, entity) = Assert.Single(Organizations.Find(doc.Text, doc.Tokens));
        Assert.Equal("نيويورك تايمز", doc.Slice(span));
        Assert.Equal("The New York Times", entity.NameEn);
        Assert.Same(entity, LinkingResources.Default.KnownOrganizations.ByKey[key]);

        var alone = Analyze.Text($"زار وفد نيويورك {longWord} أمس.");
        Assert.Empty(Organizations.Find(alone.Text, alone.Tokens));
    }
}
