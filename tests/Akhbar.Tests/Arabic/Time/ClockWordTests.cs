using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>
/// Clock times said without الساعة: hours in words after a preposition, minutes in words, minutes taken away with
/// إلا or counted before or after an hour, noon, hours run together with their minutes, and an hour before a part of today.
/// </summary>
public class ClockWordTests
{
    [Theory]
    [InlineData("يبدأ حظر التجول في السابعة.", "السابعة", "T07:00")]
    [InlineData("انتهت المفاوضات عند الحادية عشرة ليلا.", "الحادية عشرة ليلا", "T23:00")]
    [InlineData("انطلقت القافلة السابعة وخمسة وثلاثين مساء نحو الحدود.", "السابعة وخمسة وثلاثين مساء", "T19:35")]
    [InlineData("وصل الوفد الثامنة إلا ربعا إلى القصر.", "الثامنة إلا ربعا", "T07:45")]
    [InlineData("أغلق المعبر الخامسة والنصف إلا ثلاث دقائق.", "الخامسة والنصف إلا ثلاث دقائق", "T05:27")]
    [InlineData("دوى الانفجار ثلاث دقائق قبل الثامنة.", "ثلاث دقائق قبل الثامنة", "T07:57")]
    [InlineData("أغلقت المحلات أبوابها عند الظهر.", "الظهر", "T12:00")]
    [InlineData("تقلع الطائرة 1140 صباحا من المطار.", "1140 صباحا", "T11:40")]
    [InlineData("يبدأ حظر التجول عند 7 ، ويستمر حتى الفجر.", "7", "T07:00")]
    public void Reads_clock_times_without_the_word_for_hour(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value), Single(sentence));

    [Fact]
    public void An_hour_before_a_part_of_today_takes_the_day()
    {
        var (text, type, value) = Single("انفجرت العبوة 8 هذا الصباح قرب السوق.");
        Assert.Equal(("8 هذا الصباح", "TIME", "2018-09-15T08:00"), (text, type, value));
    }

    [Fact]
    public void Minutes_after_an_hour_of_tomorrow_morning()
    {
        var (text, type, value) = Single("تصل الطائرة عشرين دقيقة بعد الخامسة صباح الغد.");
        Assert.Equal(("عشرين دقيقة بعد الخامسة صباح الغد", "TIME", "2018-09-16T05:20"), (text, type, value));
    }

    [Fact]
    public void A_recurring_part_of_day_keeps_its_hour()
    {
        var (text, type, value) = Single("تفتح الأبواب كل صباح في الثامنة.");
        Assert.Equal(("كل صباح في الثامنة", "SET", "T08:00"), (text, type, value));
    }

    [Theory]
    [InlineData("توفي الطفل في السابعة من عمره.")]
    [InlineData("توفي الشاعر في الثانية والعشرين من عمره.")]
    [InlineData("طعن المهاجم الضحية في الظهر.")]
    [InlineData("عاد بعد ثلاث دقائق من الحادث.")]
    [InlineData("يعاني اللاعب من آلام في الظهر منذ أسابيع.")]
    [InlineData("لم يكن الأمر يتعلق بتدليك مريح للظهر، بل بنظام بحث.")]
    [InlineData("تفوق الضيوف في الأول وأصحاب الأرض في الثاني، لكن التعادل بقي.")]
    public void Ages_backs_and_minute_counts_are_not_clock_times(string sentence) =>
        Assert.DoesNotContain(Times(sentence), t => t.Type == "TIME");
}
