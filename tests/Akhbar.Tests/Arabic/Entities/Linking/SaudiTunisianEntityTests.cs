using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences in the style of Saudi newspapers and Tunisian radio news for the nineteenth session's entity work
/// (wt-ents8): words that are never a name alone, and towns the GeoNames city table lacks.
/// </summary>
public sealed class SaudiTunisianEntityTests
{
    private static Entity PlaceNamed(Document doc, string text) =>
        Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == text));

    private static bool HasMention(Document doc, string text) =>
        doc.LinkedEntities.Any(e => e.Mentions.Any(m => doc.Slice(m.Span) == text));

    [Theory]
    [InlineData("على", true)]
    [InlineData("وعلى", true)]
    [InlineData("علي", false)]
    public void The_preposition_ala_as_written_is_no_name_where_the_given_name_ali_is_one(string word, bool noName)
    {
        // Folded, على is the given name علي: name propagation tagged the preposition after a person named علي.
        var doc = Analyze.Text($"وقال الأمير علي إن الاتحاد قادر {word} التغيير.");
        var token = doc.Tokens.Last(t => doc.Slice(t.Span) == word);
        Assert.Equal(noName, NoNameWords.IsNoName(doc.Text, token));
    }

    [Fact]
    public void Role_nouns_and_religion_alone_are_no_names()
    {
        var doc = Analyze.Text("وأكد رجال الدين أن خدمة ضيوف الرحمن واجب، بعد ورود معلومات عن وصول الحجاج. وقال وكيل الوزارة إن الاستعدادات اكتملت.");
        Assert.False(HasMention(doc, "وكيل"));
        Assert.False(HasMention(doc, "الدين"));
        Assert.False(HasMention(doc, "الرحمن"));
        Assert.False(HasMention(doc, "ورود"));
    }

    [Fact]
    public void Saudi_governorates_geonames_lacks_are_saudi_in_a_story_naming_another_state()
    {
        var doc = Analyze.Text("وصل وفد من مصر إلى محافظة القنفذة أمس، ثم زار محافظة رفحاء ووادي الدواسر قبل أن يعود إلى القاهرة.");
        Assert.Equal("SAU", PlaceNamed(doc, "محافظة القنفذة").Country);
        Assert.Equal("SAU", PlaceNamed(doc, "محافظة رفحاء").Country);
    }

    [Fact]
    public void Saudi_towns_geonames_names_only_in_latin_letters_are_placed()
    {
        var doc = Analyze.Text("وشهدت محافظة عنيزة أمطارا غزيرة، فيما أعلنت الأرصاد في الأردن عن موجة حارة.");
        Assert.Equal("SAU", PlaceNamed(doc, "محافظة عنيزة").Country);
    }

    [Fact]
    public void Places_and_bodies_named_after_a_saudi_king_are_saudi()
    {
        var doc = Analyze.Text("وصل الوفد المصري إلى مطار الملك خالد الدولي قادما من القاهرة، ثم زار جامعة الملك سعود ومستشفى الملك فهد الجامعي.");
        Assert.Equal("SAU", PlaceNamed(doc, "مطار الملك خالد الدولي").Country);
    }

    /// <summary>A guard: Jordan's king bears the name of a Saudi one, with an ordinal (passes before and after the change).</summary>
    [Fact]
    public void A_place_named_after_a_king_with_an_ordinal_is_not_placed_by_the_saudi_name()
    {
        Assert.Null(Akhbar.Arabic.Entities.Linking.RoyalNamesakes.StateOf(Akhbar.Arabic.Entities.Linking.LinkingResources.Key("مدينة الملك عبدالله الثاني الصناعية")));
        Assert.Equal("SAU", Akhbar.Arabic.Entities.Linking.RoyalNamesakes.StateOf(Akhbar.Arabic.Entities.Linking.LinkingResources.Key("مدينة الملك عبدالله الاقتصادية")));
    }

    [Fact]
    public void The_official_name_of_egypt_is_egypt()
    {
        var doc = Analyze.Text("وغادر المنتخب الرياض متجها إلى جمهورية مصر العربية لإقامة معسكره الإعدادي.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Country == "EGY");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Country is null);
    }
}
