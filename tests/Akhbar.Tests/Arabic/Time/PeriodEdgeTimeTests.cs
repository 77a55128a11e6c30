using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// The start, middle or end of a period said before it (مطلع، بداية، أوائل، منتصف، أواخر، نهاية) belongs to the expression
/// and the value stays the period's (gold/README.md: "مطلع يوليو الحالي" 2018-07); the end of the week is its weekend.
/// Publication day Saturday 2018-09-15 (ISO week 37) unless a test says otherwise; sentences written for these tests.
/// </summary>
public class PeriodEdgeTimeTests
{
    [Theory]
    [InlineData("وتتواصل الاحتجاجات في المدن الجنوبية منذ مطلع يوليو الحالي.", "مطلع يوليو الحالي", "2018-07")]
    [InlineData("وكان الوزير قد استقال في أواخر مايو الماضي بعد خلاف مع الحكومة.", "أواخر مايو الماضي", "2018-05")]
    [InlineData("وقال إنه تواصل مع المتشددين في مطلع عام 2017 عبر الإنترنت.", "مطلع عام 2017", "2017")]
    [InlineData("وارتفعت الأسعار بنهاية 2016 بنسبة كبيرة.", "نهاية 2016", "2016")]
    [InlineData("ودعا رئيس الوزراء في بداية أبريل إلى تسريع الإجراءات.", "بداية أبريل", "2018-04")]
    [InlineData("وغادرت البعثة البلاد في منتصف السبعينيات.", "منتصف السبعينيات", "197")]
    [InlineData("وتراجعت العملة مطلع الشهر الحالي أمام الدولار.", "مطلع الشهر الحالي", "2018-09")]
    public void An_edge_word_joins_the_period_and_keeps_its_value(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void An_ambiguous_month_name_after_an_edge_word_is_the_month()
    {
        // مارس alone can be the verb "he practised"; after مطلع it can only be the month.
        Assert.Equal(("مطلع مارس", "DATE", "2018-03"), Single("واحتجز الجنديان في تركيا منذ مطلع مارس."));
    }

    [Theory]
    [InlineData("وفقدت الليرة ربع قيمتها منذ بداية العام.", "بداية العام", "2018")]
    [InlineData("وتتوقع الشركة أن تنهي المشروع بحلول نهاية العام.", "نهاية العام", "2018")]
    [InlineData("وتواصلت المظاهرات منذ بداية الأسبوع في المدينة.", "بداية الأسبوع", "2018-W37")]
    public void A_bare_edge_of_a_unit_is_the_current_period(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void The_end_of_the_week_in_a_report_is_the_latest_weekend()
    {
        // Published on Wednesday 2018-03-14 (ISO week 11): the weekend before it is that of week 10.
        Assert.Equal(("نهاية الأسبوع", "DATE", "2018-W10-WE"),
            Single("وكثف الجيش هجماته على البلدات خلال نهاية الأسبوع.", "2018-03-14"));
        // Published on Saturday: this week's weekend has come.
        Assert.Equal(("نهاية الأسبوع", "DATE", "2018-W37-WE"), Single("وكثف الجيش هجماته على البلدات خلال نهاية الأسبوع."));
    }

    [Fact]
    public void The_end_of_a_named_week_is_its_weekend()
    {
        Assert.Equal(("نهاية الأسبوع الماضي", "DATE", "2018-W36-WE"), Single("وعقد الوفدان جولة محادثات في نهاية الأسبوع الماضي."));
    }

    [Theory]
    [InlineData("وأقر البرلمان الميزانية قبل نهاية العام الماضي.", "نهاية العام الماضي", "2017")]
    [InlineData("وتنتهي الدراسة مع نهاية العام الدراسي في المدارس.", null, null)]
    public void A_unit_with_another_word_after_it_is_not_read_as_the_bare_current_period(string sentence, string? text, string? value)
    {
        var times = Times(sentence);
        if (text is null)
        {
            Assert.Empty(times);
        }
        else
        {
            Assert.Equal([(text, "DATE", value!)], times);
        }
    }
}
