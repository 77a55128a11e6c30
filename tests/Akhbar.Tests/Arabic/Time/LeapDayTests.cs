using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>29 February exists only in leap years, and counting from it lands on a real day.</summary>
public class LeapDayTests
{
    [Fact]
    public void The_29th_of_February_of_a_leap_year_is_a_day() =>
        Assert.Equal("2016-02-29", Single("أجريت الانتخابات في 29 فبراير 2016 في البلاد.").Value);

    [Fact]
    public void The_29th_of_February_of_a_common_year_is_not_a_day()
    {
        Assert.DoesNotContain(Times("أجريت الانتخابات في 29 فبراير 2017 في البلاد."), t => t.Value.StartsWith("2017-02", StringComparison.Ordinal));
        Assert.Empty(Times("وقع الاتفاق بتاريخ 29/2/2017 في الرباط."));
    }

    [Fact]
    public void A_year_before_a_leap_day_publication_is_the_28th() =>
        Assert.Equal("2015-02-28", Single("وقع الاتفاق قبل سنة في الرباط.", "2016-02-29").Value);

    [Fact]
    public void A_bare_29_February_is_looked_for_in_a_leap_year_near_the_anchor() =>
        Assert.Equal("2016-02-29", Single("أجريت الانتخابات في 29 فبراير في البلاد.", "2016-03-10").Value);
}
