using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Sport pages (branch wt-sport): attacks on goal and matches between teams are no fights or meetings; the same words on a
/// political page still are. Sentences written for these tests.
/// </summary>
public sealed class EventSportSenseTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-sport", "2021-06-01", paragraphs);

    private const string MatchReport =
        "وفاز فريق النجوم على ضيفه فريق الشروق بهدفين مقابل هدف في مباراة الجولة الخامسة من الدوري المحلي أمس.";

    [Fact]
    public void Attacks_on_goal_on_a_sport_page_are_no_fight()
    {
        var doc = Run(MatchReport, "وشن لاعبو النجوم هجوما قويا على مرمى الشروق في الشوط الثاني وقال المدرب إن اللاعبين قدموا مباراة كبيرة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_on_a_political_page_is_still_a_fight()
    {
        var doc = Run("وشن مسلحون هجوما على نقطة أمنية في شمال البلاد أمس، وقال مصدر أمني إن الهجوم أوقع جرحى.");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void Teams_that_meet_on_a_sport_page_play_a_match()
    {
        var doc = Run(MatchReport, "ويلتقي برشلونة مع ريال مدريد في الجولة المقبلة من الدوري.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_team_that_receives_goals_on_a_sport_page_concedes_them()
    {
        var doc = Run(
            MatchReport,
            "وقال مدرب النجوم سامي الحربي: \"نملك فريقا مقاتلا وسنلعب للفوز\".",
            "ولم تستقبل شباك النجوم أي هدف على ملعبها في النسخة الحالية من الدوري.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_club_president_who_receives_a_guest_on_a_sport_page_still_hosts_him()
    {
        var doc = Run(MatchReport, "واستقبل رئيس نادي النجوم سامي الحربي وزير الرياضة في مقر النادي أمس.");
        Assert.Contains(doc.Events, e => e.Cameo == "043");
    }
}
