using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests about meetings, visits, invitations and agreements whose sides
/// are not plain subject and object, on verbal attacks, and on words that only a noun can be.
/// </summary>
public sealed class EventDiplomacyTests
{
    private static Document Run(string body) => EventArticle.Run("events-diplomacy", "2021-05-04", body);

    [Fact]
    public void A_signed_agreement_is_a_formal_agreement_between_the_signers()
    {
        var doc = Run("ووقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("057", e.Cameo);
        Assert.Equal("مصر", Name(doc, e.Source));
        Assert.Equal("الأردن", Name(doc, e.Target));
    }

    [Fact]
    public void An_expected_agreement_is_not_signed()
    {
        var doc = Run("وتوقع الخبراء اتفاقا قريبا بين الطرفين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "057");
    }

    [Fact]
    public void An_appeal_to_visit_is_an_invitation_and_the_visit_is_no_event_of_its_own()
    {
        var doc = Run("ودعا الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي جو بايدن إلى زيارة باريس.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("043", e.Cameo);
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Source));
        Assert.Equal("جو بايدن", Name(doc, e.Target));
    }

    [Fact]
    public void A_meeting_between_two_sides_has_the_first_as_source_and_the_second_as_target()
    {
        var doc = Run("وتأتي الزيارة قبيل قمة مرتقبة بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "قمة");
        Assert.Equal("فلاديمير بوتين", Name(doc, e.Source));
        Assert.Equal("رجب طيب أردوغان", Name(doc, e.Target));
    }

    [Fact]
    public void A_meeting_noun_with_a_pronoun_met_the_name_after_it()
    {
        var doc = Run("وأشاد وزير الخارجية الأمريكي أنتوني بلينكن بالتعاون، وذلك خلال لقائه وزير الخارجية السعودي فيصل بن فرحان في الرياض.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("لقائه", StringComparison.Ordinal));
        Assert.Equal("040", e.Cameo);
        Assert.Equal("فيصل بن فرحان", Name(doc, e.Target));
        Assert.NotNull(e.Source?.EntityId);
    }

    [Fact]
    public void The_country_after_a_visit_is_where_the_visitor_went()
    {
        var doc = Run("واختتم الرئيس الجزائري عبد المجيد تبون زيارة روسيا استمرت ثلاثة أيام.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Equal("عبد المجيد تبون", Name(doc, e.Source));
        Assert.Equal("روسيا", Name(doc, e.Target));
    }

    [Fact]
    public void A_scathing_attack_on_an_actor_is_criticism()
    {
        var doc = Run("وشن رئيس الوزراء البريطاني بوريس جونسون هجوما لاذعا على حزب العمال.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("111", e.Cameo);
        Assert.Equal("بوريس جونسون", Name(doc, e.Source));
    }

    [Theory]
    [InlineData("وهاجم الرئيس الروسي فلاديمير بوتين الولايات المتحدة خلال مؤتمر صحفي.", "111")]
    [InlineData("وهاجم مسلحون نقطة تفتيش للجيش قرب المدينة.", "190")]
    [InlineData("وهاجمت القوات السورية مواقع المعارضة قرب المدينة.", "190")]
    public void An_office_holder_attacks_with_words_and_armed_men_with_force(string sentence, string cameo)
    {
        var doc = Run(sentence);
        Assert.Equal(cameo, Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("هاجم", StringComparison.Ordinal)).Cameo);
    }

    [Fact]
    public void A_verb_after_bi_is_a_noun_of_support_not_an_act()
    {
        var doc = Run("وتقدمت القوات الحكومية بدعم من الطيران الروسي.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void A_clause_set_off_by_commas_or_brackets_does_not_hide_the_partner()
    {
        var doc = Run("والتقى وزير الدفاع الروسي الجنرال سيرغي شويغو، الذي يزور المنطقة منذ يومين، يوم الأحد (5 مايو) مع رئيس الوزراء الباكستاني عمران خان في إسلام آباد.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal("سيرغي شويغو", Name(doc, e.Source));
        Assert.Equal("عمران خان", Name(doc, e.Target));
    }

    [Fact]
    public void A_meeting_of_a_body_has_the_body_as_source_and_no_second_party()
    {
        var doc = Run("وعقد أول اجتماع للجنة العسكرية المشتركة يوم الثلاثاء.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Contains("لجنة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_rank_the_tagger_took_for_a_name_is_the_person_named_after_it()
    {
        var doc = Run("والتقى نائب رئيس الأركان الكولونيل جنرال إيفان سوكولوف مع الرئيس الفرنسي إيمانويل ماكرون.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal("إيفان سوكولوف", Name(doc, e.Source));
        Assert.Equal("إيمانويل ماكرون", Name(doc, e.Target));
    }

    [Fact]
    public void A_visit_in_a_relative_clause_is_the_antecedents()
    {
        var doc = Run("والتقى الرئيس الإيراني إبراهيم رئيسي، الذي كان في زيارة إلى موسكو، بالرئيس الروسي فلاديمير بوتين.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Equal("إبراهيم رئيسي", Name(doc, visit.Source));
        Assert.NotEqual("فلاديمير بوتين", Name(doc, visit.Target));
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal("فلاديمير بوتين", Name(doc, meeting.Target));
    }

    [Fact]
    public void A_meeting_with_title_holders_reaches_each_named_holder()
    {
        var doc = Run("والتقى وزير الدفاع الروسي سيرغي شويغو مع قائد الجيش المصري محمد فريد وقائد القوات الجوية الفريق محمود فؤاد في القاهرة.");
        var targets = doc.Events.Where(e => e.Cameo == "040").Select(e => Name(doc, e.Target)).ToList();
        Assert.Equal(["محمد فريد", "محمود فؤاد"], targets);
    }
}
