using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on condemnations written for these tests: what is condemned is an act, so the target is its author,
/// never the place or people the act was aimed at, and a ministry named by a common noun condemns too.
/// </summary>
public sealed class EventCondemnationTests
{
    private static Document Run(string body) => EventArticle.Run("events-condemnation", "2022-01-11", body);

    [Fact]
    public void A_ministry_named_by_a_common_noun_condemns_the_author_of_the_attack()
    {
        var doc = Run("وأدانت الخارجية الفرنسية بشدة هجوم تنظيم داعش على القرية.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.StartsWith("الخارجية", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("تنظيم داعش", Name(doc, e.Target));
    }

    [Fact]
    public void The_place_an_attack_was_aimed_at_is_not_the_target_of_its_condemnation()
    {
        var doc = Run("وأدانت الولايات المتحدة بشدة إطلاق صواريخ على المملكة العربية السعودية.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("الولايات المتحدة", Name(doc, e.Source));
        Assert.Null(e.Target);
    }

    [Fact]
    public void Attackers_named_by_a_group_noun_are_the_target()
    {
        var doc = Run("وندد المتحدث باسم الأمم المتحدة بهجمات المسلحين على المدنيين.");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("المسلحين", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void Words_that_open_with_a_condemnation_make_the_statement_a_condemnation_once()
    {
        var doc = Run("وقال بيان للخارجية البريطانية: \"تدين المملكة المتحدة بشدة الهجوم الذي شنه تنظيم داعش\".");
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Contains("قال", doc.Slice(e.Trigger), StringComparison.Ordinal);
        Assert.Contains("خارجية", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("تنظيم داعش", Name(doc, e.Target));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void The_first_person_plural_of_a_hollow_verb_condemns()
    {
        // أدان is hollow: "we condemn" is ندين, which the regular derivation (ندان) misses.
        var doc = Run("وقال وزير الخارجية الأردني: \"ندين الهجوم الذي شنه تنظيم داعش على القرية\".");
        Assert.Equal("تنظيم داعش", Name(doc, Assert.Single(doc.Events, e => e.Cameo == "111").Target));
    }

    [Fact]
    public void The_relative_clause_after_an_attack_names_who_carried_it_out()
    {
        var doc = Run("وأدانت الحكومة العراقية الهجوم الذي شنه تنظيم داعش على قرية قرب الموصل.");
        Assert.Equal("تنظيم داعش", Name(doc, Assert.Single(doc.Events, e => e.Cameo == "111").Target));
        // An organization of no state attacking a village: unconventional violence, 180 (EventFinder.Unconventional).
        Assert.Equal("تنظيم داعش", Name(doc, Assert.Single(doc.Events, e => e.Cameo == "180").Source));
    }

    [Theory]
    [InlineData("وقال مكتب الشرطة إن \"مسلحين اعترضوا طريق السائق قرب المتجر\".")]
    [InlineData("وقال الوزير إن اتهام روسيا بالتدخل في الانتخابات غير صحيح.")]
    public void Words_about_others_acts_leave_the_statement_a_statement(string sentence)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("قال", StringComparison.Ordinal));
        Assert.Equal("010", e.Cameo);
    }
}
