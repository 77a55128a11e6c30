using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences in the style of Saudi and Tunisian local news for the sixteenth session's entity rules (wt-ents):
/// public bodies named by a head noun and its genitive chain, their short forms, their country; districts named with حي;
/// institutions and landmarks named after a person.
/// </summary>
public sealed class LocalBodyEntityTests
{
    private static IEnumerable<string> MentionsOf(Document doc, EntityType type) =>
        doc.LinkedEntities.Where(e => e.Type == type).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span));

    private static Entity Named(Document doc, EntityType type, string text) =>
        Assert.Single(doc.LinkedEntities, e => e.Type == type && e.Mentions.Any(m => doc.Slice(m.Span) == text));

    [Fact]
    public void A_ministry_named_without_a_nisba_is_an_organization_of_the_story_s_country()
    {
        var doc = Analyze.Text("أعلنت وزارة الشؤون البلدية والقروية في الرياض أمس عن مشروع جديد، وقالت وزارة التعليم إن الدراسة تبدأ في موعدها في جدة.");
        Assert.Equal("SAU", Named(doc, EntityType.Organization, "وزارة الشؤون البلدية والقروية").Country);
        Assert.Equal("SAU", Named(doc, EntityType.Organization, "وزارة التعليم").Country);
    }

    [Fact]
    public void A_ministry_s_field_is_no_country_and_no_leader()
    {
        var doc = Analyze.Text("وأوضحت وزارة المالية أن الإيرادات زادت، فيما أكدت وزارة الداخلية أن الوضع مستقر.");
        Assert.Null(Named(doc, EntityType.Organization, "وزارة المالية").Country);
        Assert.Null(Named(doc, EntityType.Organization, "وزارة الداخلية").Country);
    }

    [Fact]
    public void The_actor_dictionary_loads_no_row_of_a_body_named_without_its_country()
    {
        // The dictionary codes "وزاره داخلي" Afghan as well as GOV; with its country named the row stays.
        var actors = Akhbar.Arabic.Entities.Linking.LinkingResources.Default.ActorsByKey;
        Assert.False(actors.ContainsKey("وزاره داخلي"));
        Assert.Equal("SAUGOV", actors["وزاره داخلي سعودي"].Codes[0].Code);
    }

    [Fact]
    public void A_league_named_with_a_definite_head_is_no_bare_body_and_takes_its_code()
    {
        // "الجامعة" opens a body's name like "الهيئة", but "العربية" makes it the Arab League, an entry of the dictionary.
        var doc = Analyze.Text("ودعت الجامعة العربية إلى وقف إطلاق النار في غزة.");
        Assert.Equal("IGO", Named(doc, EntityType.Organization, "الجامعة العربية").Cameo);
    }

    [Fact]
    public void A_directorate_with_a_rank_adjective_and_a_complement_is_an_organization_and_stops_before_the_place()
    {
        var doc = Analyze.Text("وأحيل المتهم على الإدارة الفرعية لمكافحة الإجرام بالقرجاني، فيما نظرت المحكمة الابتدائية بصفاقس في القضية.");
        Assert.Contains("الإدارة الفرعية لمكافحة الإجرام", MentionsOf(doc, EntityType.Organization));
        Assert.Contains("المحكمة الابتدائية", MentionsOf(doc, EntityType.Organization));
    }

    [Fact]
    public void A_bare_body_or_a_general_noun_after_the_head_is_no_name()
    {
        var doc = Analyze.Text("وأكدت الوزارة المختصة أن الإدارة العامة ستتابع الملف، وصوت الناخبون لمصلحة الانضمام.");
        Assert.Empty(MentionsOf(doc, EntityType.Organization));
    }

    [Fact]
    public void A_ministry_s_chain_stops_at_the_verb_s_object_in_li_and_after_a_country_nisba()
    {
        var doc = Analyze.Text("ونجحت خطة وزارة الداخلية للتصدي للتهريب، وشاركت وزارة الدفاع الإيطالية للبحث عن المفقودين.");
        var organizations = MentionsOf(doc, EntityType.Organization).ToList();
        Assert.Contains("وزارة الداخلية", organizations);
        Assert.Contains("وزارة الدفاع الإيطالية", organizations);
    }

    [Fact]
    public void A_body_named_short_is_the_body_named_in_full_earlier()
    {
        var doc = Analyze.Text("أعلنت الهيئة العامة للسياحة عن برنامج صيفي. وقالت هيئة السياحة إن البرنامج يشمل عشر مدن.");
        var body = Named(doc, EntityType.Organization, "الهيئة العامة للسياحة");
        Assert.Contains(body.Mentions, m => doc.Slice(m.Span) == "هيئة السياحة");
    }

    [Fact]
    public void A_district_is_named_with_its_noun_and_takes_the_story_s_country()
    {
        var doc = Analyze.Text("شب حريق في منزل بحي الورود في الرياض، وتمكنت فرق الدفاع المدني من إخماده.");
        var district = Named(doc, EntityType.Location, "حي الورود");
        Assert.Equal("SAU", district.Country);
    }

    [Fact]
    public void Alive_and_live_are_no_district()
    {
        var doc = Analyze.Text("ونقلت القناة المباراة في بث حي، وبقي الطفل حيا بعد الحادث.");
        Assert.DoesNotContain(MentionsOf(doc, EntityType.Location), m => m.StartsWith("حي", StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_named_after_a_king_is_one_name_with_its_noun_and_its_complement()
    {
        var doc = Analyze.Text("وصلت قافلة من مركز الملك سلمان للإغاثة والأعمال الإنسانية إلى عدن، وهبطت طائرة المساعدات في مطار الملك فهد الدولي.");
        Assert.Contains("مركز الملك سلمان للإغاثة والأعمال الإنسانية", MentionsOf(doc, EntityType.Organization));
        Assert.Contains("مطار الملك فهد الدولي", MentionsOf(doc, EntityType.Location));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_person_after_the_road_noun_without_a_royal_title_stays_a_person()
    {
        var doc = Analyze.Text("وجاء الهدف الثاني عن طريق محمد السهلي بضربة رأسية في الدقيقة الأخيرة.");
        Assert.DoesNotContain(MentionsOf(doc, EntityType.Location), m => m.StartsWith("طريق", StringComparison.Ordinal));
    }
}
