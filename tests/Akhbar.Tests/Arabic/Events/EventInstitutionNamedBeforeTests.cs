using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// An institution named once in full and then by its head noun alone ("المرصد السوري لحقوق الإنسان ... وذكر المرصد"، "صندوق
/// النقد الدولي ... وقال الصندوق") is the same actor, and so is an outlet whose kind carries the preposition ل ("لصحيفة
/// "ماركا" ... وتوقعت الصحيفة"): EventFinder.BareNouns, branch wt-evactors2. Sentences written for these tests.
/// </summary>
public sealed class EventInstitutionNamedBeforeTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-institution-named-before", "2021-05-06", paragraphs);

    [Fact]
    public void A_monitor_named_again_by_its_head_is_the_monitor()
    {
        var doc = Run(
            "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا في ريف إدلب الجنوبي مساء الأحد.",
            "وذكر المرصد أن آلاف العائلات نزحت نحو الحدود التركية خلال الأيام الماضية.");
        var first = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "أفاد");
        var again = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وذكر");
        Assert.NotNull(first.Source?.EntityId);
        Assert.Equal(first.Source!.EntityId, again.Source?.EntityId);
    }

    [Fact]
    public void A_fund_named_again_by_its_head_is_the_fund()
    {
        var doc = Run(
            "رحب صندوق النقد الدولي بالإصلاحات الاقتصادية التي أقرتها الحكومة المصرية خلال العام الجاري.",
            "وقال الصندوق إن على الحكومة مواصلة خفض الدعم تدريجيا.");
        var said = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال");
        var fund = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "صندوق النقد الدولي"));
        Assert.Equal(fund.Id, said.Source?.EntityId);
    }

    [Fact]
    public void A_newspaper_told_something_with_li_is_the_newspaper_named_again()
    {
        var doc = Run(
            "وقال وكيل اللاعب لصحيفة \"ماركا\" الإسبانية إن المفاوضات مع النادي وصلت إلى مراحلها الأخيرة.",
            "وتوقعت الصحيفة أن يوقع اللاعب عقده الجديد نهاية الأسبوع.");
        var expected = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتوقعت");
        var paper = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ماركا"));
        Assert.Equal(paper.Id, expected.Source?.EntityId);
    }
}
