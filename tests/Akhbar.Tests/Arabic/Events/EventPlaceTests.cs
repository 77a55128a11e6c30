using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Where an event took place: the site the text puts it in, not the country that site lies in, nor a place the reported
/// words of a statement speak of.
/// </summary>
public sealed class EventPlaceTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("places", "2019-03-05", paragraphs);

    private static CodedEvent Single(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_hashtag_place_after_fi_is_where_the_event_took_place()
    {
        var doc = Run("وقصفت طائرات إسرائيلية موقعا لحركة حماس في #قطاع_غزة بعد إطلاق صاروخ على جنوب إسرائيل.");
        var e = Single(doc, "قصفت");
        Assert.Equal("قطاع_غزة", doc.Slice(e.Where!.Span));
    }

    [Fact]
    public void The_country_named_after_a_site_only_says_where_the_site_lies()
    {
        var doc = Run("وفتح مسلح النار على رجال الشرطة في بلدة \"تريب\" جنوب غربي فرنسا.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("تريب", doc.Slice(e.Where!.Span));
    }

    [Fact]
    public void A_place_inside_the_reported_words_does_not_place_the_saying()
    {
        var doc = Run("وقالت وزيرة الثقافة المصرية إيناس عبد الدايم إن الشعر في لبنان فقد أحد مبدعيه.");
        var said = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote);
        Assert.Null(said.Where);
    }

    [Fact]
    public void The_place_an_act_of_force_strikes_is_where_it_took_place()
    {
        var doc = Run("وتواصل القصف على حلب في شمال سوريا.");
        var e = Single(doc, "القصف");
        Assert.Equal("حلب", doc.Slice(e.Where!.Span));
    }
}
