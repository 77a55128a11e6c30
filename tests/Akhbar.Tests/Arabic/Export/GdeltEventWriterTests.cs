using System.Globalization;
using Akhbar.Arabic.Export;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Export;

/// <summary>
/// GDELT 2.0 Event rows of the fixture article with an events layer set by hand (the event stage is not in the
/// pipeline yet), parsed back field by field. Field numbers in comments are the codebook's, from 1.
/// </summary>
public sealed class GdeltEventWriterTests
{
    /// <summary>The fixture with three events; the meeting's date is <paramref name="meetingWhen"/> (the text's Sunday by default).</summary>
    private static Document WithEvents(string meetingWhen = "2018-09-16")
    {
        var doc = ExportFixture.Analyze();
        var met = ExportFixture.Span(doc, "التقى");
        var lavrov = ExportFixture.Span(doc, "سيرغي لافروف");
        var turkey = ExportFixture.Span(doc, "تركيا");
        var ankara = ExportFixture.Span(doc, "أنقرة", 1);
        var announced = ExportFixture.Span(doc, "وأعلنت");
        var un = ExportFixture.Span(doc, "الأمم المتحدة");
        var idlib = ExportFixture.Span(doc, "إدلب");
        doc.Events =
        [
            new CodedEvent(met, ExportFixture.SentenceOf(doc, met), "040", "CONSULT", 1, 1.0,
                ExportFixture.Argument(doc, lavrov), ExportFixture.Argument(doc, turkey), ExportFixture.Argument(doc, ankara),
                meetingWhen, ExportFixture.Span(doc, "يوم الأحد"), false, false, false, EventBasis.Trigger),
            new CodedEvent(announced, ExportFixture.SentenceOf(doc, announced), "190", "ASSAULT", 4, -10.0,
                ExportFixture.Argument(doc, un), null, ExportFixture.Argument(doc, idlib),
                "2018-09-20", null, false, true, false, EventBasis.Trigger),
            new CodedEvent(announced, ExportFixture.SentenceOf(doc, announced), "0231", null, 1, 3.4,
                ExportFixture.Argument(doc, un), null, null, "2018-09", null, true, false, false, EventBasis.Trigger),
        ];
        return doc;
    }

    private static List<string[]> Rows(Document doc, bool includeNegated = false) =>
        new GdeltEventWriter(GdeltGazetteer.Default, new ExportSettings(OffsetBase.Raw, includeNegated)).Rows(doc).Select(r =>
        {
            var fields = r.Split('\t');
            Assert.Equal(GdeltEventWriter.FieldCount, fields.Length);
            return fields;
        }).ToList();

    [Theory]
    [InlineData("2018-W37", "", "201809", "2018")] // 10-16 September 2018
    [InlineData("2018-W35", "", "", "2018")] // 27 August - 2 September 2018
    [InlineData("2018-Q3", "", "", "2018")]
    [InlineData("199", "", "", "")]
    public void An_event_of_a_week_quarter_or_half_fills_the_month_and_year_it_lies_within(string when, string day, string monthYear, string year)
    {
        var f = Rows(WithEvents(when))[0];
        Assert.Equal([day, monthYear, year, ""], f[1..5]);
    }

    [Fact]
    public void A_meeting_gives_a_61_field_row_with_date_actors_codes_and_places()
    {
        var doc = WithEvents();
        var f = Rows(doc)[0];

        Assert.Equal(GdeltIds.GlobalEventId("export-fixture", 0), long.Parse(f[0], CultureInfo.InvariantCulture));
        Assert.Equal(["20180916", "201809", "2018", "2018.7836"], f[1..5]);

        // Actor1 (6-15): the linked CAMEO code broken out; Actor2 (16-25): a country, coded by the country alone.
        Assert.Equal(["RUSGOV", "SERGEI LAVROV", "RUS", "", "", "", "", "GOV", "", ""], f[5..15]);
        Assert.Equal("TUR", f[15]);
        Assert.Equal("TUR", f[17]);
        Assert.Equal("", f[22]);

        // IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions/Sources/Articles, AvgTone (26-35).
        Assert.Equal(["1", "040", "040", "04", "1", "1.0", "1", "1", "1", ""], f[25..35]);

        // Actor1Geo (36-43): the geocoded place nearest Lavrov in his sentence; ActionGeo (52-59): the event's place.
        Assert.Equal(["4", "Ankara, Ankara, Turkey", "TU", "TU68", ""], f[35..40]);
        Assert.Equal(["4", "Ankara, Ankara, Turkey", "TU", "TU68", ""], f[51..56]);
        Assert.Equal(39.92, double.Parse(f[56], CultureInfo.InvariantCulture), 2);
        Assert.Equal(32.85, double.Parse(f[57], CultureInfo.InvariantCulture), 2);
        Assert.True(long.Parse(f[58], CultureInfo.InvariantCulture) > 0);

        Assert.Equal("20180916000000", f[59]);
        Assert.Equal("export-fixture", f[60]);
    }

    [Fact]
    public void Negated_and_hypothetical_events_are_left_out_unless_asked_for()
    {
        var doc = WithEvents();
        var rows = Rows(doc);
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(rows, r => r[26] == "190");

        var all = Rows(doc, includeNegated: true);
        Assert.Equal(3, all.Count);
        var strike = all.Single(r => r[26] == "190");

        // Its id keeps its place in the event layer, so ids do not change with the option.
        Assert.Equal(GdeltIds.GlobalEventId("export-fixture", 1), long.Parse(strike[0], CultureInfo.InvariantCulture));
        Assert.Equal("-10.0", strike[30]);
        Assert.Equal("4", strike[29]);
        Assert.Equal(["4", "Idlib, Idlib, Syria", "SY", "SY12", ""], strike[51..56]);
        Assert.Equal("", strike[15]);
        var un = doc.LinkedEntities.Single(e => e.Id == doc.Events[1].Source!.EntityId);
        Assert.Equal(un.NameEn!.ToUpperInvariant(), strike[6]);
    }

    [Fact]
    public void A_four_digit_code_breaks_into_base_and_root_and_a_month_leaves_the_day_empty()
    {
        var f = Rows(WithEvents())[1];
        Assert.Equal(["0231", "023", "02"], f[26..29]);
        Assert.Equal(["", "201809", "2018", ""], f[1..5]);
        Assert.Equal("0", f[25]);
        Assert.Equal(Enumerable.Repeat("", 10), f[15..25]);
    }

    [Fact]
    public void A_document_without_an_event_layer_gives_no_rows()
    {
        Assert.Empty(new GdeltEventWriter().Rows(ExportFixture.Analyze()));
    }

    [Fact]
    public void Event_ids_are_stable_and_distinct_per_article_and_event()
    {
        Assert.Equal(GdeltIds.GlobalEventId("a", 0), GdeltIds.GlobalEventId("a", 0));
        Assert.NotEqual(GdeltIds.GlobalEventId("a", 0), GdeltIds.GlobalEventId("a", 1));
        Assert.NotEqual(GdeltIds.GlobalEventId("a", 0), GdeltIds.GlobalEventId("b", 0));
        Assert.True(GdeltIds.GlobalEventId("x", GdeltIds.MaxEventsPerArticle - 1) < 1L << 53);
        Assert.Throws<ArgumentOutOfRangeException>(() => GdeltIds.GlobalEventId("a", GdeltIds.MaxEventsPerArticle));
    }
}
