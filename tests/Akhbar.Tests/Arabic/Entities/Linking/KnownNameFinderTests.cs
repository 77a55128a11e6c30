using Akhbar.Arabic.Entities.Linking;
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
}
