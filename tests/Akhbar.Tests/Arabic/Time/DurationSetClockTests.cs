using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Durations (with number words and the singular after eleven and more), recurrences, clock times, parts of day, decades and centuries.</summary>
public class DurationSetClockTests
{
    [Theory]
    [InlineData("حكم عليه بالسجن ثلاث سنوات بتهمة الفساد.", "ثلاث سنوات", "P3Y")]
    [InlineData("استمر الهجوم 48 ساعة دون توقف.", "48 ساعة", "PT48H")]
    [InlineData("قضى عقدين في المنفى قبل عودته.", "عقدين", "P20Y")]
    [InlineData("استمر الحصار خمسة عشر يوما في المدينة.", "خمسة عشر يوما", "P15D")]
    [InlineData("استمر الحصار أربعة وعشرين يوما في المدينة.", "أربعة وعشرين يوما", "P24D")]
    [InlineData("استمر الحصار ثلاثة أيام في المدينة.", "ثلاثة أيام", "P3D")]
    [InlineData("استمر الحصار يومين في المدينة.", "يومين", "P2D")]
    [InlineData("عادت الكهرباء بعد ساعة ونصف الساعة من الانقطاع.", "ساعة ونصف الساعة", "PT1.5H")]
    [InlineData("منح الملاك مهلة لمدة شهر واحد لتقديم الوثائق.", "شهر واحد", "P1M")]
    [InlineData("توفي عن عمر ناهز ٨٣ عاما في المستشفى.", "٨٣ عاما", "P83Y")]
    public void Finds_durations(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value), Single(sentence));

    [Fact]
    public void Hours_ago_are_six_hours_not_one()
    {
        // "ساعات" is plural after a number from three to ten; the count is the number, not the noun.
        var (text, type, value) = Single("قتل ثلاثة أشخاص قبل 6 ساعات في هجوم بالعاصمة.");
        Assert.Equal(("6 ساعات", "DURATION", "PT6H"), (text, type, value));
    }

    [Theory]
    [InlineData("قتل ثلاثة أشخاص قبل 6 ساعات في هجوم بالعاصمة.", "TIME", "2018-09-15T04:30")]
    [InlineData("تنطلق القافلة بعد يوم وساعتين من العاصمة.", "DURATION", "P1DT2H")]
    [InlineData("يصل الوفد بعد يوم وساعتين إلى العاصمة.", "TIME", "2018-09-16T12:30")]
    public void Hours_counted_from_a_known_publication_moment_are_a_clock_time(string sentence, string type, string value)
    {
        // Published at 10:30 on 2018-09-15; "من" after the hours counts them from an event instead (a duration).
        var moment = new NodaTime.LocalDateTime(2018, 9, 15, 10, 30).WithOffset(NodaTime.Offset.Zero);
        var raw = new Akhbar.Core.Model.RawArticle { Id = "t", Body = "عنوان\n\n" + sentence, Published = new Akhbar.Core.Model.PublicationDate(moment.Date, moment) };
        var t = Assert.Single(Akhbar.Tests.Support.Analyze.Pipeline.Process(raw).Times);
        Assert.Equal((type, value), (Akhbar.Core.Model.TimeExpression.TypeName(t.Type), t.Value));
    }

    [Theory]
    [InlineData("يجتمع المجلس كل يوم لمتابعة الوضع.", "كل يوم", "P1D")]
    [InlineData("يصدر التقرير سنويا عن المنظمة.", "سنويا", "P1Y")]
    [InlineData("تقام الصلاة كل يوم جمعة في الساحة.", "كل يوم جمعة", "XXXX-WXX-5")]
    [InlineData("تنظم الزيارات كل أسبوعين للسجناء.", "كل أسبوعين", "P2W")]
    public void Finds_recurrences(string sentence, string text, string value) =>
        Assert.Equal((text, "SET", value), Single(sentence));

    [Theory]
    [InlineData("بدأ الاجتماع الساعة 10:30 صباحا في القصر.", "الساعة 10:30 صباحا", "T10:30")]
    [InlineData("بدأ الاجتماع الساعة ١٠:٣٠ في القصر.", "الساعة ١٠:٣٠", "T10:30")]
    [InlineData("بدأ الاجتماع العاشرة مساء في القصر.", "العاشرة مساء", "T22:00")]
    [InlineData("بدأ الاجتماع الساعة الثامنة والنصف مساء في القصر.", "الساعة الثامنة والنصف مساء", "T20:30")]
    public void Finds_clock_times(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Theory]
    [InlineData("قصفت الطائرات المدينة صباح اليوم بعنف.", "صباح اليوم", "2018-09-15TMO")]
    [InlineData("قصفت الطائرات المدينة مساء أمس بعنف.", "مساء أمس", "2018-09-14TEV")]
    [InlineData("قصفت الطائرات المدينة فجر الجمعة بعنف.", "فجر الجمعة", "2018-09-14TMO")]
    [InlineData("نفذ الهجوم بعد ظهر أمس قرب السوق.", "بعد ظهر أمس", "2018-09-14TAF")]
    [InlineData("وصل الوفد الجمعة الساعة 10 صباحا إلى المطار.", "الجمعة الساعة 10 صباحا", "2018-09-14T10:00")]
    [InlineData("وصل الوفد الساعة 10 مساء السبت الماضي إلى المطار.", "الساعة 10 مساء السبت الماضي", "2018-09-08T22:00")]
    public void Finds_parts_of_days_and_times_on_days(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Theory]
    [InlineData("انتشرت الموسيقى في السبعينيات بشكل واسع.", "السبعينيات", "197")]
    [InlineData("انتشرت الموسيقى في الثمانينيات من القرن الماضي بشكل واسع.", "الثمانينيات من القرن الماضي", "198")]
    [InlineData("هذه أكبر أزمة في القرن الحادي والعشرين حتى الآن.", "القرن الحادي والعشرين", "20")]
    [InlineData("كانت أكبر أزمة في القرن العشرين كله.", "القرن العشرين", "19")]
    public void Finds_decades_and_centuries(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Single(sentence));
}
