using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict on unseen text (issue 7, branch wt-fight): ground and captives an armed side managed to take
/// (تمكن من / نجح في + تحرير، استعادة، السيطرة على، أسر) are its acts, and a fight between two sides (اشتباكات بين X وY)
/// has the first as source and the second as target. Sentences written for these tests.
/// </summary>
public sealed class EventFightTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-fight", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void Ground_an_armed_side_managed_to_take_is_its_act_without_a_place_word()
    {
        var doc = Run("وقال مصدر عسكري إن قوات الجيش تمكنت من تحرير تلال الشعاب بعد ساعات من القتال.");
        var taking = At(doc, "تحرير");
        Assert.Equal("192", taking.Cameo);
        Assert.Contains("الجيش", Slice(doc, taking.Source), StringComparison.Ordinal);
        Assert.Null(taking.Target);
    }

    [Fact]
    public void Control_taken_after_a_verb_of_success_is_occupying_territory()
    {
        var doc = Run("ونجحت الفصائل المسلحة في السيطرة على تلة استراتيجية قرب الطريق الدولي.");
        var control = At(doc, "السيطرة");
        Assert.Equal("192", control.Cameo);
        Assert.StartsWith("الفصائل", Slice(doc, control.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Captives_an_armed_side_managed_to_take_were_detained()
    {
        var doc = Run("كما تمكنت قوات الجيش من أسر ستة مقاتلين أثناء انسحابهم.");
        var capture = At(doc, "أسر");
        Assert.Equal("173", capture.Cameo);
        Assert.Contains("الجيش", Slice(doc, capture.Source), StringComparison.Ordinal);
        Assert.Contains("ستة", Slice(doc, capture.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_that_succeeded_without_a_subject_of_its_own_is_the_side_of_the_operation_before()
    {
        var doc = Run("ونفذت قوات الجيش عملية عسكرية واسعة، تمكنت خلالها من تحرير قرى الوادي.");
        Assert.Contains("الجيش", Slice(doc, At(doc, "تحرير").Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Arms_an_armed_side_recovered_are_seized_property()
    {
        var doc = Run("وتمكنت القوات من استعادة كميات من الذخائر كانت مخبأة في كهف.");
        Assert.Equal("171", At(doc, "استعادة").Cameo);
    }

    [Fact]
    public void Control_of_something_else_or_by_an_unarmed_side_is_no_force()
    {
        var doc = Run("وتمكنت الحكومة من السيطرة على التضخم خلال العام الماضي.", "ونجح الفريق في تحرير المباراة من الضغط.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "192");
        var families = Run("وتعيش عشرات الأسر في مخيمات النزوح.");
        Assert.DoesNotContain(families.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void A_fight_between_two_sides_goes_from_the_first_to_the_second()
    {
        var doc = Run("واندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين قبليين في أطراف المدينة.");
        var clash = At(doc, "اشتباكات");
        Assert.Equal("190", clash.Cameo);
        Assert.Equal("قوات الأمن", Slice(doc, clash.Source));
        Assert.Equal("مسلحين قبليين", Slice(doc, clash.Target));
    }

    [Fact]
    public void The_other_side_of_a_fight_comes_after_min_jiha()
    {
        var doc = Run("وتدور معارك بين قوات الجيش والمقاومة من جهة والميليشيات من جهة أخرى.");
        var battle = At(doc, "معارك");
        Assert.Equal("قوات الجيش", Slice(doc, battle.Source));
        Assert.Equal("الميليشيات", Slice(doc, battle.Target));
    }

    [Fact]
    public void Protesters_clashing_with_the_police_protest_violently()
    {
        var doc = Run("وقتل شرطي في مواجهات بين الشرطة ومتظاهرين غاضبين وسط العاصمة.");
        var clash = At(doc, "مواجهات");
        Assert.Equal("145", clash.Cameo);
        Assert.Contains("متظاهرين", Slice(doc, clash.Source), StringComparison.Ordinal);
        Assert.Equal("الشرطة", Slice(doc, clash.Target));
    }

    [Fact]
    public void A_fight_between_two_communities_is_unconventional_violence()
    {
        var doc = Run("وأصيب العشرات في اشتباكات بين مزارعين ورعاة في شمال البلاد.");
        var clash = At(doc, "اشتباكات");
        Assert.Equal("180", clash.Cameo);
        Assert.Equal("مزارعين", Slice(doc, clash.Source));
        Assert.Equal("رعاة", Slice(doc, clash.Target));
    }

    [Fact]
    public void A_fight_between_sides_named_before_names_no_pair()
    {
        var doc = Run("وتجددت الاشتباكات بين الطرفين صباح الأحد.");
        var clash = At(doc, "الاشتباكات");
        Assert.Null(clash.Source);
        Assert.Null(clash.Target);
    }

    [Fact]
    public void A_course_or_a_career_is_no_march()
    {
        var doc = Run("وبدأ المغني بعدها مسيرة فنية مستقلة في باريس.", "وتحدث الكتاب عن مسيرة صعود المصرف إلى القمة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var march = Run("ونظم آلاف الطلاب مسيرة حاشدة أمام البرلمان.", "وخرجت مسيرة أمام السفارة ظهر الجمعة.");
        Assert.Equal(2, march.Events.Count(e => e.Cameo == "141"));
    }

    [Fact]
    public void A_target_named_by_positions_takes_in_the_side_that_holds_them()
    {
        var doc = Run("وشن الجيش هجوما واسعا على مواقع للميليشيات شرق المدينة.", "وقصفت طائرات حربية تجمعات وآليات تابعة للمتمردين قرب الحدود.");
        Assert.Equal("مواقع للميليشيات", Slice(doc, At(doc, "هجوما").Target));
        Assert.Equal("تجمعات وآليات تابعة للمتمردين", Slice(doc, At(doc, "وقصفت").Target));
    }

    [Fact]
    public void Acts_joined_by_waw_share_the_verb_of_success()
    {
        var doc = Run("وتمكنت قوات الجيش من أسر أربعة مسلحين، واستعادة كميات من الذخائر وتحرير \"تلة الصنوبر\" قرب القرية.");
        Assert.Equal("171", At(doc, "واستعادة").Cameo);
        var taking = At(doc, "وتحرير");
        Assert.Equal("192", taking.Cameo);
        Assert.Contains("الجيش", Slice(doc, taking.Source), StringComparison.Ordinal);
    }
}
