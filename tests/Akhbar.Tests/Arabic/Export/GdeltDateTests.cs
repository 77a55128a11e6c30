using Akhbar.Arabic.Export;

namespace Akhbar.Tests.Arabic.Export;

/// <summary>TIMEX3 values read as GDELT dates.</summary>
public sealed class GdeltDateTests
{
    [Theory]
    [InlineData("2018-09-14", 3, 2018, 9, 14)]
    [InlineData("2018-09-14TEV", 3, 2018, 9, 14)]
    [InlineData("2017-05", 2, 2017, 5, 0)]
    [InlineData("2017", 1, 2017, 0, 0)]
    [InlineData("XXXX-09-14", 4, 0, 9, 14)]
    public void Days_months_years_and_yearless_days_have_their_resolution(string timex, int resolution, int year, int month, int day)
    {
        Assert.Equal(new GdeltDate(resolution, year, month, day), GdeltDate.Parse(timex));
    }

    [Theory]
    [InlineData("2018-W38")]
    [InlineData("P3Y")]
    [InlineData("-P1D")]
    [InlineData("XXXX-WXX-5")]
    [InlineData("2018-02-30")]
    [InlineData("XXXX-XX-05")]
    [InlineData("")]
    [InlineData(null)]
    public void Weeks_durations_relative_values_and_impossible_days_are_not_dates(string? timex)
    {
        Assert.Null(GdeltDate.Parse(timex));
    }

    [Fact]
    public void A_day_has_the_event_table_forms()
    {
        var d = GdeltDate.Parse("2018-09-14")!;
        Assert.Equal("20180914", d.DayNumber);
        Assert.Equal("201809", d.MonthYear);
        Assert.Equal("2018", d.YearNumber);
        Assert.Equal("2018.7781", d.FractionDate);
    }

    [Theory]
    [InlineData("2018-W19", 2, 2018, 5)] // 7-13 May 2018
    [InlineData("2018-W10-WE", 2, 2018, 3)] // 5-11 March 2018
    [InlineData("2018-W22", 1, 2018, 0)] // 28 May - 3 June 2018: two months, one year
    [InlineData("2018-Q4", 1, 2018, 0)]
    [InlineData("2017-H2", 1, 2017, 0)]
    public void A_week_quarter_or_half_gives_the_month_or_year_it_lies_within(string timex, int resolution, int year, int month)
    {
        Assert.Null(GdeltDate.Parse(timex));
        Assert.Equal(new GdeltDate(resolution, year, month, 0), GdeltDate.Within(timex));
    }

    [Theory]
    [InlineData("2020-W01")] // 30 December 2019 - 5 January 2020
    [InlineData("2018-W54")]
    [InlineData("2018-Q5")]
    [InlineData("199")]
    [InlineData("XXXX-WXX-WE")]
    [InlineData("2018-W1")]
    [InlineData("2018-09-14")]
    [InlineData(null)]
    public void A_week_across_two_years_a_decade_or_an_unknown_stretch_lies_within_nothing(string? timex)
    {
        Assert.Null(GdeltDate.Within(timex));
    }
}
