using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Ways Saudi and Gulf papers write times that other news seldom uses (publication day Saturday 2018-09-15).</summary>
public class SaudiPressTimeTests
{
    [Theory]
    [InlineData("وصل الفريق الأول بالنادي إلى القاهرة أمس الأول لمعسكره الإعدادي.", "أمس الأول", "DATE", "2018-09-13")]
    [InlineData("سافر الوزير أمس الأول الخميس إلى باريس لتوقيع العقود.", "أمس الأول الخميس", "DATE", "2018-09-13")]
    [InlineData("وأقامت الأمانة مساء أمس الأول حفل معايدة لعمال النظافة.", "مساء أمس الأول", "TIME", "2018-09-13TEV")]
    public void Yesterday_the_first_is_the_day_before_yesterday(string sentence, string text, string type, string value) =>
        Assert.Equal((text, type, value), Single(sentence));

    [Theory]
    [InlineData("سعيد الأحمد – عين اليوم\nأعلنت أمانة المنطقة إغلاق الطريق للصيانة.")]
    [InlineData("صرح مدير الإدارة لـ«اليوم» بأن العمل في المشروع بدأ.")]
    [InlineData("وقال المتحدث لـ\"اليوم\" إن الفرق الميدانية باشرت البلاغ.")]
    public void The_name_of_a_paper_is_no_time(string sentence) => Assert.Empty(Times(sentence));

    [Fact]
    public void Today_outside_a_papers_name_stays_today() =>
        Assert.Equal(("اليوم", "DATE", "2018-09-15"), Single("قال المتحدث اليوم إن الفرق الميدانية باشرت البلاغ."));
}
