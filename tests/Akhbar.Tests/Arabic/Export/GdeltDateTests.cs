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
}
