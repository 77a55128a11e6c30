using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences in the style of Saudi, Tunisian and pan-Arab news for the seventeenth session's entity work (wt-ents5):
/// common words GeoNames gives as place names, a Saudi city glued to و that is also a Moroccan one, small namesakes abroad
/// of Arab places, the country of a Tunisian radio's own people, and organizations unseen text names often.
/// </summary>
public sealed class UnseenTextPlaceTests
{
    private static Document FromPaper(string body, string source) =>
        Analyze.Pipeline.Process(new RawArticle { Id = "test", Body = body, Source = source });

    private static IEnumerable<string> Places(Document doc) =>
        doc.LinkedEntities.Where(e => e.Type == EntityType.Location).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span));

    [Fact]
    public void A_year_a_camp_and_a_scene_are_no_places()
    {
        var doc = Analyze.Text("وارتفعت الصادرات في سنة 2017 بنسبة كبيرة، وتدرب اللاعبون في معسكر مغلق، ووصف الشهود ما جرى بأنه مشهد مؤلم.");
        var places = Places(doc).ToList();
        Assert.DoesNotContain("سنة", places);
        Assert.DoesNotContain("معسكر", places);
        Assert.DoesNotContain("مشهد", places);
    }

    [Fact]
    public void A_city_glued_to_wa_among_saudi_cities_is_the_saudi_city()
    {
        var doc = Analyze.Text("وتفتتح الشركة فروعا جديدة في الرياض، وجدة، والدمام خلال الشهر المقبل.");
        var jeddah = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == "جدة"));
        Assert.Equal("SAU", jeddah.Country);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Country == "MAR");
    }

    [Fact]
    public void A_moroccan_story_keeps_oujda()
    {
        var doc = Analyze.Text("وانطلقت القافلة من الرباط ووجدة نحو الحدود الشرقية للمغرب.");
        Assert.DoesNotContain("جدة", Places(doc));
    }

    [Fact]
    public void A_person_of_jawhara_fm_s_own_story_is_tunisian()
    {
        const string Body = "وأكد رئيس الجمعية عماد الدايمي في تصريح للإذاعة أن الاجتماع سيعقد يوم السبت المقبل بحضور ممثلين عن الهياكل المعنية.";
        var person = Assert.Single(FromPaper(Body, "Jawhara FM").LinkedEntities, e => e.Type == EntityType.Person);
        Assert.Equal("TUN", person.Country);
    }

    [Fact]
    public void A_small_namesake_abroad_is_the_place_of_the_story_s_arab_country()
    {
        var doc = Analyze.Text("وتقدمت قوات الجيش اليمني في محافظة الجوف شمالي اليمن، بعد معارك عنيفة في مأرب وعلى أطراف صنعاء.");
        var place = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("الجوف", StringComparison.Ordinal)));
        Assert.Equal("YEM", place.Country);
        Assert.Null(place.Geo);
    }

    [Fact]
    public void A_small_town_keeps_its_reading_where_the_story_names_its_country()
    {
        var doc = Analyze.Text("ووصلت القافلة إلى الجوف في جنوب ليبيا قادمة من الكفرة، وقالت مصادر من بنغازي إن الطريق آمن.");
        var place = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == "الجوف"));
        Assert.Equal("LBY", place.Country);
    }

    [Fact]
    public void The_syrian_observatory_and_the_korean_agency_are_organizations()
    {
        var doc = Analyze.Text("وقال المرصد السوري لحقوق الإنسان إن القصف تواصل ليلا، فيما نقلت وكالة الأنباء المركزية الكورية بيانا عن الحكومة.");
        var organizations = doc.LinkedEntities.Where(e => e.Type == EntityType.Organization).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span)).ToList();
        Assert.Contains("المرصد السوري لحقوق الإنسان", organizations);
        Assert.Contains("وكالة الأنباء المركزية الكورية", organizations);
    }

    [Fact]
    public void Two_villages_after_a_dual_noun_are_places_and_the_row_stops_there()
    {
        var doc = Analyze.Text("وخرجت الحافلات من بلدتي كفريا والفوعة في ريف إدلب، وتواصلت المعارك في محافظتي لحج وتعز وخاصة في الأطراف.");
        var places = Places(doc).ToList();
        Assert.Contains("كفريا", places);
        Assert.Contains(places, p => p.EndsWith("الفوعة", StringComparison.Ordinal));
        Assert.DoesNotContain(places, p => p.Contains("خاصة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_of_towns_after_a_plural_noun_are_places_but_not_a_plain_complement()
    {
        var doc = Analyze.Text("وسيطرت القوات على بلدات سقبا وكفربطنا في الغوطة الشرقية. وزار الوفد بلدات عدة وقرى كثيرة.");
        var places = Places(doc).ToList();
        Assert.Contains("سقبا", places);
        Assert.Contains(places, p => p.EndsWith("كفربطنا", StringComparison.Ordinal));
        Assert.DoesNotContain(places, p => p.Contains("عدة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feast_is_a_name_but_a_threat_is_not()
    {
        var doc = Analyze.Text("وتستعد الأسواق لاستقبال عيد الفطر المبارك بعد أيام، فيما أطلق المسؤول وعيدا شديدا للمخالفين.");
        var misc = doc.LinkedEntities.Where(e => e.Type == EntityType.Miscellaneous).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span)).ToList();
        Assert.Contains("عيد الفطر المبارك", misc);
        Assert.DoesNotContain(misc, m => m.Contains("وعيد", StringComparison.Ordinal));
    }
}
