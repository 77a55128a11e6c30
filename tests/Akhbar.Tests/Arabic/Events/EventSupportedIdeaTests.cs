using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop7): support (051) for an idea, a policy or an
/// effort names no side and is no event; support for a side named after ل, by a name or a title stays.
/// </summary>
public sealed class EventSupportedIdeaTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop7-supported-ideas", "2018-06-15", paragraphs);

    [Fact]
    public void Support_for_an_effort_is_no_event()
    {
        var doc = Run("وأوضح المتحدث أن التحالف يدعم كل الجهود الإنسانية في المحافظة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Support_for_a_step_is_no_event()
    {
        var doc = Run("وقال مسؤول للصحفيين إن إسرائيل تدعم الخطوة الأمريكية الأخيرة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Support_with_its_adjectives_for_a_government_after_lam_stays()
    {
        var doc = Run("وأكدت السعودية استمرار دعمها الثابت للحكومة اليمنية في مواجهة الانقلاب.");
        Assert.Contains(doc.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Support_for_a_side_named_in_construct_with_a_title_stays()
    {
        var doc = Run("وشدد المصدر على أن الرياض تدعم دولة الرئيس سعد الحريري بكل الوسائل.");
        Assert.Contains(doc.Events, e => e.Cameo == "051");
    }
}
