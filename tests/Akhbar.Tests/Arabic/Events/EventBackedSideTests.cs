using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop4): "X المدعوم(ة) من Y" is Y's aid (070) to the
/// side the participle describes, one event per backer; "مدعومة بالأدلة" backs no one, and a verb joined by و after the
/// phrase does not take its backer as subject.
/// </summary>
public sealed class EventBackedSideTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop4-backed-side", "2018-06-15", paragraphs);

    [Fact]
    public void Each_backer_of_the_forces_aids_them()
    {
        var doc = Run("وتتقدم قوات الجيش الليبي المدعومة من مصر والإمارات نحو مدينة درنة.");
        var aid = doc.Events.Where(e => e.Cameo == "070").ToList();
        Assert.Equal(2, aid.Count);
        Assert.Contains(aid, e => doc.Slice(e.Source!.Span).Contains("مصر", StringComparison.Ordinal));
        Assert.Contains(aid, e => doc.Slice(e.Source!.Span).Contains("الإمارات", StringComparison.Ordinal));
        Assert.All(aid, e => Assert.Contains("الجيش الليبي", doc.Slice(e.Target!.Span), StringComparison.Ordinal));
    }

    [Fact]
    public void The_backing_of_a_side_preparing_an_attack_is_no_intention()
    {
        var doc = Run("وتستعد قوات الجيش الليبي المدعومة من مصر لشن هجوم على مدينة درنة.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "070");
        Assert.False(aid.Hypothetical);
    }

    [Fact]
    public void A_party_in_a_genitive_is_the_side_the_participle_describes()
    {
        var doc = Run("وقال زعيم حزب الله اللبناني المدعوم من إيران إن الحدود هادئة.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "070");
        Assert.Contains("إيران", doc.Slice(aid.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("حزب الله", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_after_a_comma_is_backed_by_the_country_after_min()
    {
        var doc = Run("وسيطر المتمردون، مدعومين من روسيا، على مطار المدينة.");
        var aid = Assert.Single(doc.Events, e => e.Cameo == "070");
        Assert.Contains("روسيا", doc.Slice(aid.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("المتمردون", doc.Slice(aid.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_backed_by_evidence_are_no_aid()
    {
        var doc = Run("وقالت وزارة الخارجية الروسية إن اتهامات بريطانيا غير مدعومة بالأدلة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "070");
    }

    [Fact]
    public void A_verb_joined_after_the_phrase_does_not_take_the_backer_as_subject()
    {
        var doc = Run("واقتحمت الميليشيات المدعومة من إيران القرية واعتقلت عشرات الشبان.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Contains("الميليشيات", doc.Slice(arrest.Source!.Span), StringComparison.Ordinal);
    }
}
