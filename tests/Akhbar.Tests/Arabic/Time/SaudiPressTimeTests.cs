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
    [InlineData("Next Previous عين اليوم – واس\nأعلنت أمانة المنطقة إغلاق الطريق للصيانة.")]
    [InlineData("صرح مدير الإدارة لـ«اليوم» بأن العمل في المشروع بدأ.")]
    [InlineData("وقال المتحدث لـ\"اليوم\" إن الفرق الميدانية باشرت البلاغ.")]
    public void The_name_of_a_paper_is_no_time(string sentence) => Assert.Empty(Times(sentence));

    [Theory]
    [InlineData("صدر القرار بتاريخ 26 / 9 / 1436هـ بعد اجتماع المجلس.", "2015-07-13")]
    [InlineData("صدر القرار وتاريخ 21/ 10/ 1436هـ بعد اجتماع المجلس.", "2015-08-06")]
    [InlineData("بدأ توزيع الكتب يوم الأربعاء الماضي 13 /10 /1436هـ على المدارس.", "2015-07-29")]
    [InlineData("صدر القرار بتاريخ 26 / 9 / 2015م بعد اجتماع المجلس.", "2015-09-26")]
    public void A_numeric_date_with_spaces_around_its_slashes_is_one_day(string sentence, string value)
    {
        var (text, type, found) = Single(sentence, "2015-08-01");
        Assert.Equal(("DATE", value), (type, found));
        Assert.Contains("/", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بدأ توزيع الكتب يوم الأربعاء الماضي 13/10/1436هـ على المدارس.", "2015-07-29")]
    [InlineData("وآخر موعد للتسليم يوم الخميس القادم 21 /10 /1436هـ في المستودعات.", "2015-08-06")]
    public void A_weekday_with_last_or_next_and_its_full_date_is_one_expression(string sentence, string value)
    {
        var (text, type, found) = Single(sentence, "2015-08-01");
        Assert.Equal(("DATE", value), (type, found));
        Assert.StartsWith("يوم", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_with_spaces_around_its_slashes_is_no_date() => Assert.Empty(Times("فاز الفريق بنتيجة 3 / 1 / 2 في الأشواط."));

    [Theory]
    [InlineData("وكان الرئيس قد عين اليوم سفيرا جديدا لدى فرنسا.")]
    [InlineData("وقالت الوزارة إن المجلس عين اليوم لجنة للتحقيق في الحادث.")]
    public void Appointed_today_is_today_not_the_paper(string sentence) =>
        Assert.Equal(("اليوم", "DATE", "2018-09-15"), Single(sentence));

    [Fact]
    public void Today_outside_a_papers_name_stays_today() =>
        Assert.Equal(("اليوم", "DATE", "2018-09-15"), Single("قال المتحدث اليوم إن الفرق الميدانية باشرت البلاغ."));
}
