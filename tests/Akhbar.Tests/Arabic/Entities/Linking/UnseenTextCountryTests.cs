using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences in the style of pan-Arab and Saudi news for the eighteenth session's entity work (wt-ents7): places and
/// countries the tables lacked in the spelling news uses, Russia after a glued preposition, and the country of people quoted in
/// a story set in one foreign state.
/// </summary>
public sealed class UnseenTextCountryTests
{
    private static Entity PlaceNamed(Document doc, string text) =>
        Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == text));

    private static Entity PersonNamed(Document doc, string text) =>
        Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == text));

    [Fact]
    public void Russia_after_a_glued_bi_is_russia_not_prussia()
    {
        var doc = Analyze.Text("وقال المحقق إن التحقيق الخاص بروسيا لم ينته بعد، وإن فريقه سيزور موسكو الشهر المقبل.");
        var russia = PlaceNamed(doc, "روسيا");
        Assert.Equal("RUS", russia.Country);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "بروسيا"));
    }

    [Fact]
    public void Country_spellings_cldr_lacks_are_countries()
    {
        var doc = Analyze.Text("ووقعت المجر اتفاقا تجاريا مع الأوروغواي يخفض الرسوم على اللحوم.");
        Assert.Equal("HUN", PlaceNamed(doc, "المجر").Country);
        Assert.Equal("URY", PlaceNamed(doc, "الأوروغواي").Country);
    }

    [Fact]
    public void Places_the_tables_lacked_are_placed()
    {
        var doc = Analyze.Text("وأقيم الحفل في الأحساء بحضور وفد قادم من زيوريخ، بعد أيام من التفجير الذي وقع في بلدة سوروتش.");
        Assert.Equal("SAU", PlaceNamed(doc, "الأحساء").Country);
        Assert.Equal("CHE", PlaceNamed(doc, "زيوريخ").Country);
        Assert.Equal("TUR", PlaceNamed(doc, "سوروتش").Country);
    }

    [Fact]
    public void A_person_quoted_in_a_story_set_in_one_foreign_state_is_of_that_state()
    {
        var doc = Analyze.Text("تظاهر آلاف الأشخاص في فيينا ضد سياسات الحكومة في النمسا.\n\nوقال المستشار سيباستيان كورتز إن الحكومة ماضية في خططها، فيما قالت النائبة دانييلا غروبر إن المظاهرة سلمية.");
        Assert.Equal("AUT", PersonNamed(doc, "سيباستيان كورتز").Country);
        Assert.Equal("AUT", PersonNamed(doc, "دانييلا غروبر").Country);
    }

    /// <summary>A guard: an Arab quoted in a foreign story is as often an Arab abroad (passes before and after the change).</summary>
    [Fact]
    public void A_person_with_an_arabic_name_in_a_foreign_story_is_not_placed_by_it()
    {
        var doc = Analyze.Text("شهدت باريس مظاهرة حاشدة أمس ضد قانون العمل.\n\nوقال محمد العربي أحد المشاركين إن الشرطة لم تتدخل.");
        Assert.Null(PersonNamed(doc, "محمد العربي").Country);
    }

    /// <summary>A guard: a league's country is not its players' (passes before and after the change).</summary>
    [Fact]
    public void A_player_on_a_sport_page_set_in_one_state_is_not_placed_by_it()
    {
        var doc = Analyze.Text("فاز نادي برشلونة على ضيفه في مباراة الدوري على ملعب كامب نو في إسبانيا مساء أمس.\n\nوقال المدرب بعد المباراة إن اللاعب ماركوس رودريغو قدم أداء رائعا.");
        Assert.Null(PersonNamed(doc, "ماركوس رودريغو").Country);
    }

    [Fact]
    public void A_person_whose_name_the_headline_made_a_place_is_one_person()
    {
        var doc = Analyze.Pipeline.Process(new RawArticle
        {
            Id = "test",
            Title = "كاميرون: الحكومة ستزيد دعم المدارس",
            Body = "قال رئيس الوزراء البريطاني ديفيد كاميرون في خطاب ألقاه اليوم الاثنين إن حكومته ستزيد دعم المدارس الحكومية في المدن الكبرى.\n\nوأضاف كاميرون أن الخطة ستكلف مليار جنيه خلال خمس سنوات.",
            Published = PublicationDate.TryParse("2015-07-20", out var day) ? day : null,
        });
        var cameron = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ديفيد كاميرون"));
        Assert.Equal(EntityType.Person, cameron.Type);
        Assert.Equal("GBR", cameron.Country);
        Assert.Contains(cameron.Mentions, m => doc.Slice(m.Span) == "كاميرون");
    }
}
