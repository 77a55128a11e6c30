using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Calendar dates: digits of both kinds, the three Gregorian month systems, doubled names, ranges and lists.</summary>
public class DateRecognitionTests
{
    [Theory]
    [InlineData("وصل الوفد في ١٥ سبتمبر ٢٠١٨ إلى العاصمة.", "١٥ سبتمبر ٢٠١٨", "2018-09-15")]
    [InlineData("وصل الوفد في 15 سبتمبر 2018 إلى العاصمة.", "15 سبتمبر 2018", "2018-09-15")]
    [InlineData("وقع الاتفاق بتاريخ 15/9/2018 في الرباط.", "15/9/2018", "2018-09-15")]
    [InlineData("وقع الاتفاق بتاريخ ١٥/٩/٢٠١٨ في الرباط.", "١٥/٩/٢٠١٨", "2018-09-15")]
    [InlineData("نشر التقرير يوم 2018-09-15 على الموقع.", "يوم 2018-09-15", "2018-09-15")]
    [InlineData("زار الوزير تونس يوم 3 جويلية 2018 للمرة الأولى.", "يوم 3 جويلية 2018", "2018-07-03")]
    [InlineData("افتتح المعرض في 12 غشت 2017 بالرباط.", "12 غشت 2017", "2017-08-12")]
    [InlineData("انطلقت الدورة في 5 كانون الثاني 2018 بدمشق.", "5 كانون الثاني 2018", "2018-01-05")]
    [InlineData("وقع الحادث في الرابع من أبريل 2016 قرب الحدود.", "الرابع من أبريل 2016", "2016-04-04")]
    [InlineData("بدأت المفاوضات في غرة فيفري 2017 بالعاصمة.", "غرة فيفري 2017", "2017-02-01")]
    [InlineData("عقدت القمة في الحادي والعشرين من مايو 2015 بالدوحة.", "الحادي والعشرين من مايو 2015", "2015-05-21")]
    public void Finds_full_dates(string sentence, string text, string value)
    {
        var (t, type, v) = Single(sentence);
        Assert.Equal((text, "DATE", value), (t, type, v));
    }

    [Theory]
    [InlineData("أعلن الاتفاق في مايو/أيار 2017 بعد أشهر.", "مايو/أيار 2017", "2017-05")]
    [InlineData("أعلن الاتفاق في أيلول (سبتمبر) 2016 بعد أشهر.", "أيلول (سبتمبر) 2016", "2016-09")]
    [InlineData("اعتقلوا في أكتوبر تشرين الأول 2017 قرب الحدود.", "أكتوبر تشرين الأول 2017", "2017-10")]
    [InlineData("تراجعت الصادرات خلال شهر مارس 2017 بشكل كبير.", "شهر مارس 2017", "2017-03")]
    public void Reads_doubled_month_names_as_one_month(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void A_month_without_a_year_is_the_nearest_one_leaning_to_the_past()
    {
        Assert.Equal("2018-05", Single("وقع الحادث في مايو قرب الحدود.").Value);
        // Published in May: a bare October in a past-tense report is last October.
        Assert.Equal("2017-10", Single("اعتقلوا في أكتوبر قرب الحدود.", "2018-05-18").Value);
        Assert.Equal("2017-09-26", Single("أصدر أمرا في 26 سبتمبر الماضي يسمح بذلك.", "2018-06-24").Value);
        Assert.Equal("2017-05-09", Single("يقام العرض في 9 ماي المقبل في الساحة.", "2017-04-28").Value);
    }

    [Fact]
    public void An_ambiguous_month_name_needs_a_day_or_a_year()
    {
        // مارس is also the verb "he practised".
        Assert.Empty(Times("مارس الوزير ضغوطا كبيرة على الحكومة."));
        Assert.Equal("2017-03-04", Single("وصل في 4 مارس 2017 إلى بيروت.").Value);
    }

    [Fact]
    public void Coordinated_days_give_one_value_per_day()
    {
        var doc = Run("وقعت الاتفاقية في 4 و 5 مايو/أيار 2017 بأستانة.", "2018-09-15");
        var t = Assert.Single(doc.Times);
        Assert.Equal("4 و 5 مايو/أيار 2017", doc.Slice(t.Span));
        Assert.Equal(["2017-05-04", "2017-05-05"], t.Values);
    }

    [Theory]
    [InlineData("يعقد المؤتمر من 4 إلى 7 مايو 2019 بجنيف.", "من 4 إلى 7 مايو 2019", "2019-05-04/2019-05-07", "2018-09-15")]
    [InlineData("يعقد المؤتمر بين 4 و 7 مايو 2019 بجنيف.", "بين 4 و 7 مايو 2019", "2019-05-04/2019-05-07", "2018-09-15")]
    [InlineData("يعقد المؤتمر 13-15 يوليو 2019 بجنيف.", "13-15 يوليو 2019", "2019-07-13/2019-07-15", "2018-09-15")]
    [InlineData("امتدت الفعاليات من 17 إلى 20 جانفي الحالي بالمدينة.", "من 17 إلى 20 جانفي الحالي", "2017-01-17/2017-01-20", "2017-01-26")]
    public void Finds_ranges_of_days(string sentence, string text, string value, string published) =>
        Assert.Equal((text, "DATE", value), Single(sentence, published));

    [Theory]
    [InlineData("انتهت المهلة 28/02 دون اتفاق بين الطرفين.", "28/02", "2018-02-28")]
    [InlineData("اندلعت الاحتجاجات في 17-6 في العاصمة.", "17-6", "2018-06-17")]
    public void Finds_day_and_month_in_digits_when_padded_or_introduced(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Theory]
    [InlineData("توفي عام 1970 في القاهرة.", "عام 1970", "1970")]
    [InlineData("ولد في عام ١٩٠٢ م في القاهرة.", "عام ١٩٠٢ م", "1902")]
    [InlineData("استمرت الحرب من 2011 إلى 2018 في المنطقة.", "من 2011 إلى 2018", "2011/2018")]
    public void Finds_years(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Theory]
    [InlineData("فاز الفريق بنتيجة 3-1 في المباراة.")]
    [InlineData("قتل 2000 شخص خلال المعارك.")]
    [InlineData("ارتفعت النسبة إلى 3.5 بالمائة.")]
    [InlineData("تقدم الفريق في 2-1 قبل نهاية الشوط.")]
    public void Leaves_counts_and_scores_alone(string sentence) => Assert.Empty(Times(sentence));
}
