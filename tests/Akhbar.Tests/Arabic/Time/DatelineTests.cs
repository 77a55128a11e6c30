using Akhbar.Core.Diagnostics;
using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>When the input has no publication date, a date in the dateline becomes the anchor, and the output says so.</summary>
public class DatelineTests
{
    [Fact]
    public void A_dateline_date_anchors_relative_times_and_is_reported()
    {
        var doc = Run("تونس في 15 سبتمبر 2018 (وكالات) - قال الوزير أمس إن الاتفاق صامد.", null);
        Assert.Equal(["2018-09-15", "2018-09-14"], doc.Times.Select(t => t.Value));
        Assert.True(doc.Times[0].IsDateline);
        Assert.True(doc.Times[1].Anchored);
        var d = Assert.Single(doc.Diagnostics, d => d.Code == DiagnosticCodes.DateFromDateline);
        Assert.Contains("2018-09-15", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_line_anywhere_gives_the_date()
    {
        var body = string.Join(' ', Enumerable.Repeat("قال الوزير إن الاتفاق صامد.", 12)) + "\n\nقال الوزير أمس إن الاتفاق صامد.\n\nنشر في 3 مايو 2018";
        var doc = Run(body, null);
        Assert.Contains(doc.Times, t => t.IsDateline && t.Value == "2018-05-03");
        Assert.Contains(doc.Times, t => t.Value == "2018-05-02");
    }

    [Fact]
    public void A_date_deep_in_the_text_without_a_cue_is_not_a_dateline()
    {
        var body = string.Join(' ', Enumerable.Repeat("قال الوزير إن الاتفاق صامد.", 12)) + " ووقع الاتفاق في 3 مايو 2017 وقال أمس إنه صامد.";
        var doc = Run(body, null);
        Assert.DoesNotContain(doc.Times, t => t.IsDateline);
        Assert.Contains(doc.Times, t => t.Value == "-P1D");
    }

    [Fact]
    public void The_publication_date_wins_over_a_dateline()
    {
        var doc = Run("تونس في 15 سبتمبر 2018 - قال الوزير أمس إن الاتفاق صامد.", "2018-09-20");
        Assert.Equal("2018-09-19", doc.Times[1].Value);
        Assert.DoesNotContain(doc.Times, t => t.IsDateline);
    }
}
