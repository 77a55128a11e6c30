using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The source and target of events whose trigger is found, by the causes read off the tuning sets' wrong actors
/// (docs/stages/events.md, "wt-evroles"), on sentences written for these tests.
/// </summary>
public sealed class EventActorCauseTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actor-causes", "2022-03-14", paragraphs);

    [Fact]
    public void A_protest_against_a_bill_has_no_target_but_one_against_the_government_has()
    {
        var doc = Run("تظاهر آلاف العمال في العاصمة ضد مشروع قانون التقاعد الجديد.");
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] == "14");
        Assert.Null(e.Target);

        doc = Run("خرجت مظاهرات حاشدة ضد الحكومة في المدينة.");
        e = Assert.Single(doc.Events, e => e.Cameo[..2] == "14");
        Assert.NotNull(e.Target);
        Assert.Contains("الحكومة", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_protest_over_a_period_has_no_target()
    {
        var doc = Run("ويعتزم الطلاب تنظيم احتجاجات على مدار الأسبوع المقبل.");
        Assert.All(doc.Events.Where(e => e.Cameo[..2] == "14"), e => Assert.Null(e.Target));
    }

    [Fact]
    public void A_protest_noun_is_protested_by_the_protesters_its_sentence_names()
    {
        var doc = Run("تواصلت الاحتجاجات في العاصمة لليوم الثالث على التوالي، وأغلق المحتجون الطرق الرئيسية بالإطارات المشتعلة.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("الاحتجاجات", StringComparison.Ordinal));
        Assert.NotNull(e.Source);
        Assert.Contains("المحتجون", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_object_follows_the_holder_named_after_the_subjects_role_and_its_complement()
    {
        var doc = Run("وانتقدت المندوبة البريطانية لدى الأمم المتحدة، كارين بيرس، مجلس الأمن الدولي لتأخره في التحرك.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("كارين بيرس", Name(doc, e.Source));
        Assert.Equal("مجلس الأمن الدولي", Name(doc, e.Target));
    }

    [Fact]
    public void An_act_does_not_take_the_target_after_a_noun_of_violence_that_follows_it()
    {
        var doc = Run("وقررت بولندا طرد دبلوماسيين روس بعد هجوم كيميائي ضد العميل الروسي السابق سيرغي سكريبال في بريطانيا.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "طرد");
        Assert.Null(e.Target?.EntityId);
        Assert.Contains("دبلوماسيين", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_the_subject_intends_is_hypothetical()
    {
        var doc = Run("وتعتزم الحكومة الألمانية فرض عقوبات جديدة على الشركات المخالفة الشهر المقبل.");
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] == "16");
        Assert.True(e.Hypothetical);
    }

    [Fact]
    public void An_incident_the_speaker_reports_is_not_the_speakers_act()
    {
        var doc = Run("وقال متحدث باسم الشرطة الهولندية إن حادث إطلاق النار في المدرسة ربما كان مدبرا منذ أسابيع.");
        var shooting = Assert.Single(doc.Events, e => e.Cameo[..2] == "18");
        Assert.Null(shooting.Source);
        Assert.Contains(doc.Events, e => e.Cameo == "010");
    }
}
