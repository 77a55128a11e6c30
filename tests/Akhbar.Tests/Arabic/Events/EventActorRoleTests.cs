using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Who is the source and who the target of an event found at its trigger, on sentences written for these tests: the
/// dateline, role phrases, implied subjects and objects that are no names.
/// </summary>
public sealed class EventActorRoleTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-roles", "2021-06-08", paragraphs);

    [Fact]
    public void The_places_of_the_dateline_act_in_no_event()
    {
        var doc = Run("دبي، الإمارات العربية المتحدة (CNN)-- هاجم المعلق الرياضي الشهير المدرب الجديد للفريق بعد الهزيمة.");
        Assert.DoesNotContain(doc.Events, e => Name(doc, e.Source) is "الإمارات العربية المتحدة" or "دبي");
    }

    [Fact]
    public void A_subject_after_the_dateline_still_acts()
    {
        var doc = Run("القاهرة، مصر (CNN)-- انتقدت روسيا الولايات المتحدة بشدة، الأحد.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("روسيا", Name(doc, e.Source));
        Assert.Equal("الولايات المتحدة", Name(doc, e.Target));
    }
}
