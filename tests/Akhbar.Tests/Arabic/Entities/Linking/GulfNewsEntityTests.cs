using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences in the style of Saudi and Gulf local news for the fifteenth session's entity rules (wt-gulf): the
/// country of persons a local story names without a nisba, the Saudi provinces written with منطقة, بنين (sons) before
/// بنات (daughters), المملكة alone in a Saudi paper, and given names that start like a clitic.
/// </summary>
public sealed class GulfNewsEntityTests
{
    private static Document FromPaper(string body, string? source = null, string? url = null) =>
        Analyze.Pipeline.Process(new RawArticle { Id = "test", Body = body, Source = source, Url = url });

    private static Entity PersonNamed(Document doc, string word) =>
        Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Name.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_person_with_an_arabic_name_in_a_story_whose_places_are_all_saudi_is_saudi()
    {
        var doc = Analyze.Text("افتتح مدير التعليم في جدة الأستاذ خالد بن سعد الغامدي معرضا للكتاب في مدينة جدة. وأوضح مدير المعرض عبدالله المطيري أن المعرض يستمر أسبوعا.");
        Assert.Equal("SAU", PersonNamed(doc, "الغامدي").Country);
        Assert.Equal("SAU", PersonNamed(doc, "المطيري").Country);
    }

    [Fact]
    public void A_story_that_names_places_of_two_countries_or_a_person_without_an_arabic_name_gives_no_country()
    {
        var two = Analyze.Text("وصل عبدالله المطيري إلى القاهرة قادما من جدة لحضور المؤتمر.");
        Assert.Null(PersonNamed(two, "المطيري").Country);
        var foreign = Analyze.Text("وقال المدرب ماركو فيليبيني إن فريقه سيتدرب في جدة استعدادا للموسم.");
        Assert.DoesNotContain(foreign.LinkedEntities, e => e.Name.Contains("فيليبيني", StringComparison.Ordinal) && e.Country is not null);
    }

    [Fact]
    public void A_saudi_region_written_with_mintaqa_is_the_province_and_the_bare_name_the_city()
    {
        var doc = Analyze.Text("واستقبل أمير منطقة الرياض وفدا من رجال الأعمال. وتقع الشركة في الرياض قرب المطار.");
        var province = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Riyadh Province");
        Assert.Equal((EntityType.Location, "SAU", "منطقة الرياض"), (province.Type, province.Country, doc.Slice(Assert.Single(province.Mentions).Span)));
        Assert.Null(province.Geo);
        var city = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Riyadh");
        Assert.Equal("الرياض", doc.Slice(Assert.Single(city.Mentions).Span));
    }

    [Fact]
    public void Sons_before_daughters_are_no_benin_and_the_eid_wish_no_yemen_but_the_country_still_is()
    {
        var schools = Analyze.Text("وبدأ توزيع الكتب على المدارس الابتدائية (بنين وبنات) في المحافظة يوم الأحد، داعيا أن يعيد العيد على الجميع بالخير واليمن والبركات.");
        Assert.DoesNotContain(schools.LinkedEntities, e => e.NameEn is "Benin" or "Yemen");
        var country = Analyze.Text("والتقى الوزير سفير بنين لدى المملكة وبحث معه سبل التعاون.");
        Assert.Contains(country.LinkedEntities, e => e.NameEn == "Benin");
    }

    [Fact]
    public void The_kingdom_alone_is_saudi_arabia_in_a_saudi_paper_but_not_in_other_press_nor_before_a_longer_name()
    {
        const string Body = "وأكد المتحدث أن المملكة ستواصل دعم المشاريع التنموية، وأن وفد المملكة العربية السعودية يصل غدا.";
        var saudi = FromPaper(Body, source: "alriyadh");
        var kingdom = Assert.Single(saudi.LinkedEntities, e => e.NameEn == "Saudi Arabia");
        Assert.Equal(["المملكة", "المملكة العربية السعودية"], kingdom.Mentions.Select(m => saudi.Slice(m.Span)));
        var byHost = FromPaper(Body, url: "https://www.okaz.com.sa/news/local/1");
        Assert.Equal(2, Assert.Single(byHost.LinkedEntities, e => e.NameEn == "Saudi Arabia").Mentions.Count);
        var other = FromPaper(Body, source: "alarabia");
        Assert.DoesNotContain(other.LinkedEntities.SelectMany(e => e.Mentions), m => other.Slice(m.Span) == "المملكة");
    }

    [Fact]
    public void A_person_in_a_saudi_paper_s_story_that_names_no_place_is_saudi_but_not_in_other_press()
    {
        const string Body = "وتفاعل معلمون مع الوسم، وأكدت المعلمة نورة العتيبي أنها تنتظر النقل منذ سنوات.";
        Assert.Equal("SAU", PersonNamed(FromPaper(Body, source: "3alyoum"), "العتيبي").Country);
        Assert.Null(PersonNamed(FromPaper(Body, source: "alarabia"), "العتيبي").Country);
    }

    [Fact]
    public void A_listed_given_name_that_starts_like_a_preposition_keeps_its_first_letter_and_one_after_waw_loses_the_waw()
    {
        var doc = Analyze.Text("وكتبت لجين الأحمدي تقريرا عن المعلمين، وشارك في الندوة خالد الحربي وهيثم مدني.");
        Assert.Contains(doc.LinkedEntities.SelectMany(e => e.Mentions), m => doc.Slice(m.Span) == "لجين الأحمدي");
        Assert.Contains(doc.LinkedEntities.SelectMany(e => e.Mentions), m => doc.Slice(m.Span).StartsWith("هيثم", StringComparison.Ordinal));
    }
}
