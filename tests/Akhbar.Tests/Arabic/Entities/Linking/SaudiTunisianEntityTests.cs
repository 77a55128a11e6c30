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

    [Fact]
    public void The_preposition_ala_is_not_a_person_named_ali()
    {
        var doc = Analyze.Text("استقبل الأمير علي بن الحسين وفد الاتحاد في عمان. وأكد الأمير على أهمية التعاون بين الاتحادات، وحرص على لقاء الأعضاء.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("علي بن الحسين", StringComparison.Ordinal)));
        Assert.False(HasMention(doc, "على"));
    }

    [Fact]
    public void Role_nouns_and_religion_alone_are_no_names()
    {
        var doc = Analyze.Text("وحضر الحفل وكيل إمارة المنطقة للشؤون الأمنية، وأكد رجال الدين أن خدمة ضيوف الرحمن شرف، بعد ورود معلومات عن وصول الحجاج.");
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
}
