using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// When an event took place, read from the time expressions of the text at the precision the text gives (gold/README.md
/// dates events by the TIMEX3 value of the text), not the publication day unless the text gives none.
/// </summary>
public sealed class EventDateTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("dates", "2019-03-05", paragraphs);

    private static CodedEvent Single(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_part_of_a_day_dates_the_event_by_that_day()
    {
        var doc = Run("وانتقد وزير الخارجية الإيراني مساء الأحد السياسة الأمريكية في المنطقة.");
        var e = Single(doc, "انتقد");
        Assert.Equal("2019-03-03", e.When);
        Assert.False(e.WhenFromPublication);
    }

    [Fact]
    public void A_month_dates_the_event_by_the_month_not_the_publication_day()
    {
        var doc = Run("وكان الجيش الأمريكي قد شن غارة على مواقع حركة طالبان في ولاية هلمند في يناير الماضي.");
        var e = Single(doc, "غارة");
        Assert.Equal("2019-01", e.When);
        Assert.False(e.WhenFromPublication);
    }

    [Fact]
    public void A_year_dates_a_background_event()
    {
        var doc = Run("وفي عام 2014 هاجم مسلحون مدرسة في مدينة بيشاور.");
        var e = Single(doc, "هاجم");
        Assert.Equal("2014", e.When);
    }

    [Fact]
    public void A_date_inside_the_reported_words_does_not_date_the_saying()
    {
        var doc = Run("وقال المتحدث باسم الجيش الأمريكي إن القوات الأمريكية شنت غارة في ولاية كونار في 13 فبراير.");
        var said = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Trigger).Contains("قال", StringComparison.Ordinal));
        Assert.Equal("2019-03-05", said.When);
        Assert.True(said.WhenFromPublication);
    }

    [Fact]
    public void An_event_inside_reported_words_takes_their_date_before_the_day_of_the_saying()
    {
        var doc = Run("وأعلن الجيش الإسرائيلي، الأحد، أن طائراته قصفت موقعا لحركة حماس في قطاع غزة ليل السبت.");
        var e = Single(doc, "قصفت");
        Assert.Equal("2019-03-02", e.When);
    }

    [Fact]
    public void An_event_a_counted_day_before_the_report_takes_that_day()
    {
        // Published Tuesday 2019-03-05; the clashes broke out the day before the state of emergency was declared.
        var doc = Run("وأعلنت السلطات السريلانكية حالة الطوارئ الثلاثاء، وذلك بعد يوم من اندلاع اشتباكات بين بوذيين ومسلمين في مدينة كاندي.");
        var e = Single(doc, "اشتباكات");
        Assert.Equal("2019-03-04", e.When);
        Assert.False(e.WhenFromPublication);
    }
}
