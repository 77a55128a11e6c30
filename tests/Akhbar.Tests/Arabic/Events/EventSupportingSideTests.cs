using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop5): "X الداعم(ة) لـY" is X's support (051) for Y,
/// the active counterpart of "المدعومة من"; a coalition named with its leader ("بقيادة السعودية") is the supporter; support
/// for an idea codes nothing.
/// </summary>
public sealed class EventSupportingSideTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop5-supporting-side", "2018-06-15", paragraphs);

    [Fact]
    public void A_country_supporting_the_opposition_supports_it()
    {
        var doc = Run("وتبادلت روسيا الحليفة لدمشق وتركيا الداعمة للمعارضة الاتهامات بخرق الهدنة في المدينة.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("تركيا", doc.Slice(support.Source!.Span));
        Assert.Contains("معارضة", doc.Slice(support.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_country_after_lam_is_the_supported_side()
    {
        var doc = Run("وقالت الصحيفة إن إيران الداعمة لسوريا أرسلت وفدا جديدا إلى المنطقة.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("إيران", doc.Slice(support.Source!.Span));
        Assert.Equal("سوريا", doc.Slice(support.Target!.Span));
    }

    [Fact]
    public void The_coalition_led_by_a_country_is_the_supporter_not_its_leader()
    {
        var doc = Run("وأثنى الوزير على دور التحالف العربي بقيادة السعودية، الداعم للحكومة الشرعية في البلاد.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051" && e.Trigger.Length == "الداعم".Length);
        Assert.StartsWith("التحالف", doc.Slice(support.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("حكومة", doc.Slice(support.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Support_for_an_idea_is_no_event()
    {
        var doc = Run("وتظاهر آلاف البريطانيين الداعمين للبقاء في الاتحاد الأوروبي في لندن.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
    }
}
