using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evstmt5): a named person arriving at or heading to a
/// named place is a visit (042) to that place, in the future an intent to visit (036); an amount, a price or a crowd that
/// "reaches" something is none.
/// </summary>
public sealed class EventArrivalTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-stmt5-arrival", "2018-09-03", paragraphs);

    [Fact]
    public void A_minister_arriving_in_a_capital_visits_it()
    {
        var doc = Run("ووصل وزير الخارجية الإيراني محمد جواد ظريف صباح الاثنين إلى دمشق لإجراء محادثات حول الوضع في إدلب.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Contains("ظريف", doc.Slice(visit.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("دمشق", doc.Slice(visit.Target!.Span));
    }

    [Fact]
    public void An_envoy_who_arrived_in_the_capital_visits_it_through_the_relative_clause()
    {
        var doc = Run("وقال المبعوث الأممي مارتن غريفيث، الذي وصل السبت إلى العاصمة صنعاء، إنه متفائل بنتائج المحادثات.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Contains("غريفيث", doc.Slice(visit.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("صنعاء", doc.Slice(visit.Target!.Span));
    }

    [Fact]
    public void Thanks_addressed_to_a_country_are_no_journey_to_it()
    {
        var doc = Run("وتوجه الرئيس اللبناني ميشال عون بالشكر إلى السعودية على دعمها المتواصل للجيش.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "042" or "036");
    }

    [Fact]
    public void Arriving_by_plane_is_still_a_visit()
    {
        var doc = Run("ووصل رئيس الوزراء البريطاني بوريس جونسون بطائرة خاصة إلى بغداد في زيارة لم يعلن عنها.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Equal("بغداد", doc.Slice(visit.Target!.Span));
    }

    [Fact]
    public void Heading_to_a_country_in_the_future_is_an_intent_to_visit()
    {
        var doc = Run("وسيتوجه رئيس الوزراء الإيطالي جوزيبي كونتي إلى كندا للمشاركة في قمة مجموعة السبع.");
        var visit = Assert.Single(doc.Events, e => e.Cameo == "036");
        Assert.Equal("كندا", doc.Slice(visit.Target!.Span));
    }

    [Theory]
    [InlineData("وصلت المستشارة الألمانية أنغيلا ميركل صباح اليوم إلى باريس في زيارة رسمية.", "باريس")]
    [InlineData("ويتوجه وزير الخارجية الإيراني محمد جواد ظريف اليوم إلى موسكو لإجراء محادثات.", "موسكو")]
    public void Every_form_of_the_two_verbs_is_read_wherever_its_letters_stand(string sentence, string place)
    {
        // The forms are turned away before the lookup unless they hold صل or جه (EventFinder.Arrivals): the letters
        // stand after the conjunction, before a suffix or after a prefix of the present.
        var doc = Run(sentence);
        var visit = Assert.Single(doc.Events, e => e.Cameo == "042");
        Assert.Equal(place, doc.Slice(visit.Target!.Span));
    }

    [Fact]
    public void Prices_and_amounts_that_reach_a_figure_are_no_visit()
    {
        var doc = Run(
            "ووصل الدولار إلى سعر غير مسبوق في أسواق طهران الحرة.",
            "وتوجه عدد كبير من النازحين إلى الحدود مع الأردن هربا من القصف.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "042" or "036");
    }
}
