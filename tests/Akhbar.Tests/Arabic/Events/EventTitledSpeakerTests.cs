using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evactors): a title right after a statement cue whose
/// holder is named after its complement ("ودعا مساعد السفير ... فلان إلى") makes the named person the speaker, not a
/// country named in the sentence before.
/// </summary>
public sealed class EventTitledSpeakerTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actors-titled-speaker", "2018-07-28", paragraphs);

    [Fact]
    public void The_named_holder_of_a_title_after_the_cue_speaks_not_the_country_before()
    {
        var doc = Run(
            "وحثت روسيا الدول الأعضاء في مجلس الأمن على دعم خطة السلام في ليبيا.",
            "ودعا مساعد السفير الروسي لدى الأمم المتحدة ديمتري بوليانسكي إلى رفع الحظر عن المساعدات الإنسانية.");
        var appeal = Assert.Single(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && doc.Slice(e.Trigger).Contains("دعا", StringComparison.Ordinal));
        Assert.Contains("بوليانسكي", doc.Slice(appeal.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_persons_role_after_the_title_is_no_holder()
    {
        var doc = Run(
            "وحثت روسيا الدول الأعضاء في مجلس الأمن على دعم خطة السلام في ليبيا.",
            "ودعا مساعد السفير الروسي الرئيس الليبي إلى الحوار.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("الرئيس الليبي", StringComparison.Ordinal));
    }
}
