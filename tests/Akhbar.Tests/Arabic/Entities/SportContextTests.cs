using Akhbar.Arabic.Entities;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>Which pages are sport pages. Sentences written for these tests.</summary>
public class SportContextTests
{
    [Fact]
    public void A_match_report_is_a_sport_page()
    {
        var doc = Analyze.Text("وفاز الفريق في مباراة الدوري أمس بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا.");
        Assert.True(SportContext.IsSport(doc.Tokens));
    }

    [Fact]
    public void A_political_page_with_a_goal_and_a_team_is_not()
    {
        var doc = Analyze.Text("وقال الوزير إن هدف الحكومة هو دعم فريق العمل في الموسم الزراعي المقبل.");
        Assert.False(SportContext.IsSport(doc.Tokens));
    }
}
