using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-daem): the bare form دعم after a word that governs it
/// is the noun "support", not the past "he supported": "دعم X لـY" is X's support for Y, and a lone genitive, which may
/// be either side, makes no supporter.
/// </summary>
public sealed class EventSupportNounTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-daem-support", "2021-05-06", paragraphs);

    [Fact]
    public void The_genitive_supports_the_side_after_lam()
    {
        var doc = Run("وتوترت العلاقات بين البلدين بسبب دعم روسيا لسوريا خلال السنوات الماضية.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("روسيا", doc.Slice(support.Source!.Span));
        Assert.Equal("سوريا", doc.Slice(support.Target!.Span));
    }

    [Fact]
    public void A_lone_genitive_after_a_governing_word_is_no_supporter()
    {
        var doc = Run("وبحث الاجتماع سبل دعم الأردن في مواجهة الأزمة الاقتصادية.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051" && e.Source is { } s && doc.Slice(s.Span) == "الأردن");
    }
}
