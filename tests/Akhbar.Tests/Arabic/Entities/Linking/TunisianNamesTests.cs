using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Names of Tunisian news (Jawhara FM and the like) that the shipped tables lacked: towns GeoNames names in no Arabic,
/// the station and parties of the organization table, and the customs adjective that GeoNames spells like an Iraqi city;
/// sentences written for these tests.
/// </summary>
public sealed class TunisianNamesTests
{
    [Theory]
    [InlineData("المكنين", "Moknine")]
    [InlineData("قرمبالية", "Grombalia")]
    [InlineData("المرناقية", "La Mornaghia")]
    [InlineData("منزل تميم", "Menzel Temime")]
    public void Tunisian_towns_with_no_arabic_name_in_geonames_reach_their_places(string name, string nameEn)
    {
        var place = EntityLinker.ChoosePlace(LinkingResources.Default.PlacesByKey[LinkingResources.Key(name)], new HashSet<string> { "TUN" });
        Assert.Equal(("TUN", nameEn), (place.Country, place.NameEn));
    }

    [Fact]
    public void The_station_and_a_party_of_tunisian_news_are_organizations()
    {
        var doc = Analyze.Text("وقال رئيس حزب آفاق تونس في تصريح للإذاعة إن الحزب لن يشارك في الحكومة، وفق ما نقلته الجوهرة أف أم اليوم.");
        var station = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الجوهرة أف أم"));
        Assert.Equal((EntityType.Organization, "TUN"), (station.Type, station.Country));
        var party = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("آفاق تونس", StringComparison.Ordinal)));
        Assert.Equal(EntityType.Organization, party.Type);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == "تونس"));
    }

    [Fact]
    public void The_customs_adjective_is_no_iraqi_city_in_an_article_that_does_not_name_iraq()
    {
        var doc = Analyze.Text("وحجزت فرقة الحراسة والتفتيشات الديوانية بصفاقس كمية من السجائر المهربة، وقررت الحكومة التونسية الترفيع في المعاليم الديوانية.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Country == "IRQ");
    }

    [Theory]
    [InlineData("وتمكن أعوان الحرس الوطني بمدينة نابل من إيقاف شاب مفتش عنه.", "الحرس الوطني")]
    [InlineData("وأذنت النيابة العمومية بالاحتفاظ بالمتهم في انتظار استكمال الأبحاث.", "النيابة العمومية")]
    [InlineData("وتدخل أعوان الحماية المدنية لإخماد الحريق قبل امتداده إلى المنازل المجاورة.", "الحماية المدنية")]
    public void A_national_security_or_judicial_body_is_an_organization(string text, string name)
    {
        var doc = Analyze.Text(text);
        var body = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == name));
        Assert.Equal(EntityType.Organization, body.Type);
    }
}
