using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>A score with a nil side ("2-صفر") is no date in the month Safar; a Hijri date in Safar still is. Sentences written for these tests.</summary>
public class MatchScoreTests
{
    [Fact]
    public void A_score_with_a_nil_side_is_no_date()
    {
        var doc = Analyze.Text("وفاز الفريق على ضيفه 2-صفر في مباراة الجولة الأولى، بعد أن تقدم 1 / صفر في الشوط الأول.");
        Assert.DoesNotContain(doc.Times, t => doc.Slice(t.Span).Contains("صفر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_of_safar_is_still_a_date()
    {
        var doc = Analyze.Text("وصدر القرار يوم 12 صفر 1440 هـ بعد اجتماع المجلس.");
        Assert.Contains(doc.Times, t => doc.Slice(t.Span).Contains("صفر", StringComparison.Ordinal));
    }
}
