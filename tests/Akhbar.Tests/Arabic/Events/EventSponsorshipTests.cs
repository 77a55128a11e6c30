using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evtrig): the sponsor of talks or an agreement, named
/// after the noun رعاية or as the subject of the verb رعى, mediates (045), each of the sides joined to it by و too; care and
/// a person's patronage of a ceremony are no event.
/// </summary>
public sealed class EventSponsorshipTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-trig-sponsorship", "2018-05-20", paragraphs);

    [Fact]
    public void Each_state_named_after_the_sponsorship_noun_mediates()
    {
        var doc = Run("وبدأت في العاصمة الكازاخية جولة جديدة من محادثات السلام برعاية روسيا وإيران وتركيا.");
        var sponsors = doc.Events.Where(e => e.Cameo == "045").Select(e => doc.Slice(e.Source!.Span)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "روسيا", "إيران", "تركيا" }.Order(StringComparer.Ordinal), sponsors);
        Assert.All(doc.Events.Where(e => e.Cameo == "045"), e => Assert.Null(e.Target));
    }

    [Fact]
    public void The_subject_of_the_verb_sponsors_in_a_relative_clause()
    {
        var doc = Run("وتتعثر المشاورات التي ترعاها الأمم المتحدة بين الأطراف منذ أشهر.");
        var mediation = Assert.Single(doc.Events, e => e.Cameo == "045");
        Assert.Equal("الأمم المتحدة", doc.Slice(mediation.Source!.Span));
    }

    [Fact]
    public void Sides_joined_to_the_sponsor_are_sponsors_not_its_partners()
    {
        var doc = Run("وترعى روسيا وتركيا المفاوضات الجارية في العاصمة الكازاخية.");
        var sources = doc.Events.Where(e => e.Cameo == "045").Select(e => doc.Slice(e.Source!.Span)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "روسيا", "تركيا" }.Order(StringComparer.Ordinal), sources);
        Assert.All(doc.Events.Where(e => e.Cameo == "045"), e => Assert.Null(e.Target));
    }

    [Fact]
    public void Care_and_a_persons_patronage_mediate_nothing()
    {
        var doc = Run(
            "وأقيم المهرجان الثقافي برعاية خادم الحرمين الشريفين الملك سلمان بن عبد العزيز.",
            "ويحتاج عشرات الجرحى إلى رعاية طبية عاجلة في مستشفيات المدينة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "045");
    }
}
