using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// "تحدث ... عن" is a statement of its subject (EventFinder.SpokeAbout), and "وتابع قائلا" is one speech act told at the verb
/// (EventFinder.ReportingCues, branch wt-evstmt7). Sentences written for these tests.
/// </summary>
public sealed class EventSpokeAboutTests
{
    private static Document Run(string text) => EventArticle.Run("events-spoke-about", "2021-06-07", text);

    [Fact]
    public void Witnesses_who_spoke_about_an_explosion_make_a_statement()
    {
        var doc = Run("انفجرت سيارة مفخخة قرب سوق شعبي في المدينة. وتحدث شهود عيان عن دوي قوي هز المنطقة بأكملها.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتحدث");
        Assert.Equal("010", statement.Cameo);
        Assert.NotNull(statement.Source);
        Assert.Contains("شهود", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_speaker_who_spoke_about_a_topic_makes_a_statement_and_the_topic_is_no_speaker()
    {
        var doc = Run("وتحدث وزير الخارجية الأردني أيمن الصفدي عن مستقبل العلاقات مع مصر خلال مؤتمر صحفي.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتحدث");
        Assert.Equal("010", statement.Cameo);
        Assert.Contains("الصفدي", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Speaking_with_a_named_partner_stays_a_consultation()
    {
        var doc = Run("وتحدث الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل ماكرون عن الأزمة الليبية.");
        Assert.Contains(doc.Events, e => doc.Slice(e.Trigger) == "وتحدث" && e.Cameo == "040");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Reports_whose_medium_is_not_named_are_no_speaker_but_media_reports_are()
    {
        var bare = Run("وتحدثت تقارير عن إصابة جندي واحد في الاشتباكات الأخيرة.");
        Assert.DoesNotContain(bare.Events, e => e.Cameo == "010");
        var media = Run("وتحدثت تقارير إعلامية عن إصابة جندي واحد في الاشتباكات الأخيرة.");
        Assert.Contains(media.Events, e => media.Slice(e.Trigger) == "وتحدثت" && e.Cameo == "010");
    }

    [Fact]
    public void A_spoke_about_in_the_first_person_names_no_speaker()
    {
        var doc = Run("نتحدث هنا عن مئات الآلاف من العمال الذين فقدوا وظائفهم.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_spoke_about_in_a_relative_clause_is_no_statement_told_here()
    {
        var doc = Run("صدر أمس الكتاب الذي تحدث عن الحرب الأهلية في البلاد.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void Went_on_saying_with_its_subject_is_one_statement_at_the_verb()
    {
        var doc = Run("وتابعت وزيرة الخارجية السويدية مارغوت فالستروم قائلة: \"نحن ندرس كل الخيارات المتاحة\".");
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتابعت" && e.Cameo == "010");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "قائلة");
    }

    [Fact]
    public void Went_on_saying_without_a_subject_is_told_at_the_verb()
    {
        var doc = Run("قال وزير الخارجية الأردني أيمن الصفدي إن المفاوضات صعبة. وتابع قائلا: \"الحوار هو الطريق الوحيد\".");
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتابع" && e.Cameo == "010");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "قائلا");
    }
}
