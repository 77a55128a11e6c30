using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Which public test cases <c>akhbar eval time</c> scores: the scope decisions that are easy to get wrong by keyword.</summary>
public class SpecScopeTests
{
    private static List<TimeCase> Cases() =>
        SpecCases.Recognizers(SharedData.Path("data", "recognizers-text-arabic", "Specs", "DateTime", "Arabic"));

    [SharedFact]
    public void Midnight_and_noon_are_scored_as_clock_times_but_the_middle_of_a_morning_is_not()
    {
        var cases = Cases();
        Assert.Contains(cases, c => c.Input.Contains("منتصف الليل", StringComparison.Ordinal) && c.OutOfScope is null);
        Assert.Contains(cases, c => c.Input.Contains("منتصف النهار", StringComparison.Ordinal) && c.OutOfScope is null);
        Assert.All(cases.Where(c => c.Input.Contains("منتصف الصباح", StringComparison.Ordinal)), c => Assert.NotNull(c.OutOfScope));
    }

    [SharedFact]
    public void The_last_two_decades_as_an_interval_is_in_the_family_of_the_last_n_units()
    {
        var c = Assert.Single(Cases(), c => c.Input.Contains("العقدين الماضيين", StringComparison.Ordinal));
        Assert.Contains("the next/last N units", c.OutOfScope, StringComparison.Ordinal);
    }

    [SharedFact]
    public void An_hour_without_minutes_accepts_the_same_hour_with_zero_minutes()
    {
        var c = Assert.Single(Cases(), c => c.Input.Contains("1:00 منتصف الليل", StringComparison.Ordinal));
        Assert.Contains("T01:00", c.Accepted);
    }
}
