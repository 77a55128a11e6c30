using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Days, weekdays, weeks, months and years relative to the publication day (Saturday 2018-09-15 unless said).</summary>
public class RelativeTimeTests
{
    [Theory]
    [InlineData("قال الوزير أمس إن الاتفاق صامد.", "أمس", "2018-09-14")]
    [InlineData("قال الوزير وأمس أعلن الاتفاق.", "أمس", "2018-09-14")]
    [InlineData("قال الوزير بالأمس إن الاتفاق صامد.", "الأمس", "2018-09-14")]
    [InlineData("وصل الوفد أول أمس إلى بغداد.", "أول أمس", "2018-09-13")]
    [InlineData("يصل الوفد اليوم إلى بغداد.", "اليوم", "2018-09-15")]
    [InlineData("يصل الوفد غدا إلى بغداد.", "غدا", "2018-09-16")]
    [InlineData("يصل الوفد بعد غد إلى بغداد.", "بعد غد", "2018-09-17")]
    [InlineData("قال الوزير أمس الجمعة إن الاتفاق صامد.", "أمس الجمعة", "2018-09-14")]
    [InlineData("اجتمع المجلس اليوم السبت 15 سبتمبر 2018 في جلسة طارئة.", "اليوم السبت 15 سبتمبر 2018", "2018-09-15")]
    public void Resolves_relative_days(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Theory]
    [InlineData("التقى الوزير نظيره الجمعة في برلين.", "الجمعة", "2018-09-14")]
    [InlineData("التقى الوزير نظيره يوم الاثنين في برلين.", "يوم الاثنين", "2018-09-10")]
    [InlineData("التقى الوزير نظيره يوم الإثنين في برلين.", "يوم الإثنين", "2018-09-10")]
    [InlineData("التقى الوزير نظيره الخميس الماضي في برلين.", "الخميس الماضي", "2018-09-13")]
    [InlineData("يلتقي الوزير نظيره يوم الاثنين المقبل في برلين.", "يوم الاثنين المقبل", "2018-09-17")]
    [InlineData("سيزور الرئيس باريس الأحد في أول زيارة.", "الأحد", "2018-09-16")]
    [InlineData("التقى الوزير نظيره السبت في برلين.", "السبت", "2018-09-15")]
    public void Resolves_weekdays_by_tense(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void A_weekday_in_a_future_sentence_on_that_same_weekday_is_today()
    {
        // Published on Sunday 2018-04-29.
        Assert.Equal("2018-04-29TMO", Single("سيؤثر ذلك على الرحلات صباح الأحد في المطار.", "2018-04-29").Value);
    }

    [Fact]
    public void A_month_name_inside_a_persons_name_is_no_time()
    {
        var doc = Run("قال طارق رمضان إن الحكم ظالم، وأضاف رمضان أن محاميه سيستأنف. ويبدأ الصوم في رمضان.", "2018-05-01");
        var months = doc.Times.Where(t => doc.Slice(t.Span) == "رمضان").ToList();
        var month = Assert.Single(months);
        Assert.Equal("في", doc.Text[..month.Span.Start].TrimEnd()[^2..]);
    }

    [Fact]
    public void A_unit_with_the_article_and_a_modifier_after_a_number_is_the_period_not_a_count()
    {
        var doc = Run("سجل الفريق 32 نقطة مقابل 34 العام السابق.", "2018-05-01");
        var t = Assert.Single(doc.Times);
        Assert.Equal("العام السابق", doc.Slice(t.Span));
        Assert.Equal("2017", t.Value);
    }

    [Theory]
    [InlineData("أوقفت الشركة رحلاتها عام 2014 بعد 3 سنوات من العمل.", "3 سنوات", "P3Y")]
    [InlineData("انسحبت القوات بعد عامين على اندلاع الحرب.", "عامين", "P2Y")]
    [InlineData("وصل الوفد قبل يومين من موعد الاجتماع.", "يومين", "P2D")]
    public void Days_and_years_counted_from_an_event_stay_a_duration(string text, string words, string value)
    {
        var doc = Run(text, "2018-02-04");
        var t = Assert.Single(doc.Times, t => doc.Slice(t.Span) == words);
        Assert.Equal(TimeType.Duration, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal("2021-02-04", Assert.Single(Run("ستفتتح الشركة فرعا جديدا بعد 3 سنوات.", "2018-02-04").Times).Value);
    }

    [Fact]
    public void A_name_that_starts_like_a_future_verb_does_not_make_the_sentence_future()
    {
        // Published on Monday 2018-08-13: the Sunday before, not the next one (سيلانوف is no سـ + verb; ستواصل is).
        Assert.Equal("2018-08-12", Assert.Single(Run("أكد الوزير أنتون سيلانوف، الأحد، أن روسيا ستواصل خفض حيازتها.", "2018-08-13").Times).Value);
        Assert.Equal("2018-08-19", Assert.Single(Run("ستواصل روسيا الأحد خفض حيازتها.", "2018-08-13").Times).Value);
    }

    [Fact]
    public void A_weekday_that_disagrees_with_the_day_is_kept_and_reported()
    {
        // Published on Saturday: yesterday was a Friday, but the writer named Thursday, the day that is meant.
        var doc = Run("قال الوزير أمس الخميس إن الاتفاق صامد.", "2018-09-15");
        var t = Assert.Single(doc.Times);
        Assert.Equal("2018-09-13", t.Value);
        var d = Assert.Single(doc.Diagnostics, d => d.Code == DiagnosticCodes.WeekdayMismatch);
        Assert.Contains("Friday", d.Message, StringComparison.Ordinal);
        Assert.Contains("Thursday", d.Message, StringComparison.Ordinal);

        var agreeing = Run("قال الوزير أمس الجمعة إن الاتفاق صامد.", "2018-09-15");
        Assert.DoesNotContain(agreeing.Diagnostics, d => d.Code == DiagnosticCodes.WeekdayMismatch);

        // Published on Sunday (a day late): today is the Saturday named, not the day of publication.
        Assert.Equal("2018-08-11", Assert.Single(Run("أعلنت الحكومة اليوم السبت خطة جديدة.", "2018-08-12").Times).Value);
        Assert.Equal("2018-08-06", Assert.Single(Run("أعلنت الحكومة اليوم الاثنين خطة جديدة.", "2018-08-08").Times).Value);

        // A written date keeps its day whatever weekday is said with it.
        var dated = Run("عقدت الجلسة الاثنين 18 فبراير 2018 بالعاصمة.", "2018-09-15");
        Assert.Equal("2018-02-18", Assert.Single(dated.Times).Value);
        Assert.Contains(dated.Diagnostics, d => d.Code == DiagnosticCodes.WeekdayMismatch);
    }

    [Theory]
    [InlineData("قال الوزير إن الاتفاق وقع الأسبوع الماضي في جنيف.", "الأسبوع الماضي", "2018-W36")]
    [InlineData("يعقد الاجتماع الشهر المقبل في جنيف.", "الشهر المقبل", "2018-10")]
    [InlineData("تراجع النمو العام الماضي بشكل حاد.", "العام الماضي", "2017")]
    [InlineData("تراجع النمو هذا العام بشكل حاد.", "هذا العام", "2018")]
    [InlineData("تراجع النمو خلال السنة المنقضية بشكل حاد.", "السنة المنقضية", "2017")]
    [InlineData("ويلتقي الرئيسان الأسبوع المقبل (الإثنين) في سوتشي.", "الأسبوع المقبل (الإثنين)", "2018-09-17")]
    [InlineData("وقع الاتفاق في أغسطس من العام الماضي في جنيف.", "أغسطس من العام الماضي", "2017-08")]
    [InlineData("ارتفعت الأسعار خلال أسبوع 3 سبتمبر بشكل لافت.", "أسبوع 3 سبتمبر", "2018-W36")]
    public void Resolves_relative_weeks_months_and_years(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Theory]
    [InlineData("قتل ثلاثة أشخاص قبل ثلاثة أيام في الهجوم.", "قبل ثلاثة أيام", "2018-09-12")]
    [InlineData("زار المبعوثون المنطقة قبل أسبوعين في جولة.", "قبل أسبوعين", "2018-09-01")]
    [InlineData("وصلت القافلة إلى المدينة قبل بضعة أيام بعد حصار طويل.", "قبل بضعة أيام", "2018-09-12")]
    [InlineData("أغلق المصنع أبوابه قبل بضعة أشهر بسبب الديون.", "قبل بضعة أشهر", "2018-06-15")]
    public void Counts_back_from_the_publication_day(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));

    [Fact]
    public void Without_a_publication_date_relative_expressions_stay_relative()
    {
        var doc = Run("قال الوزير أمس الجمعة إن الاتفاق صامد والتقى نظيره الخميس.", null);
        Assert.Equal(["-P1D", "XXXX-WXX-4"], doc.Times.Select(t => t.Value));
        Assert.All(doc.Times, t => Assert.False(t.Anchored));
        var dated = Run("وقع الاتفاق في 15 سبتمبر 2018 في جنيف.", null);
        Assert.Equal("2018-09-15", Assert.Single(dated.Times).Value);
    }

    [Fact]
    public void Anchored_says_whether_the_value_needed_the_publication_date()
    {
        var doc = Run("قال الوزير أمس إن اتفاق 15 سبتمبر 2017 صامد.", "2018-09-15");
        Assert.Equal([true, false], doc.Times.Select(t => t.Anchored));
    }
}
