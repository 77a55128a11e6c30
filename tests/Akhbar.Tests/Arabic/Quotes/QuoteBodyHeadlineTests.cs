using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Lines of the body set as headlines ("NAME: words", the titles of related stories that news sites print between
/// paragraphs) are headline quotes, as the title is. Sentences written for these tests.
/// </summary>
public class QuoteBodyHeadlineTests
{
    private const string Story = "وقال الرئيس الفرنسي إن الحكومة ستواصل الإصلاحات رغم الإضرابات.\n\n";

    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("ماكرون: باريس لن تتراجع عن إصلاح نظام التقاعد", "ماكرون", "باريس لن تتراجع عن إصلاح نظام التقاعد")]
    [InlineData("أيضاً.. الأمم المتحدة: المساعدات لم تصل بعد إلى المدينة المحاصرة", "الأمم المتحدة", "المساعدات لم تصل بعد إلى المدينة المحاصرة")]
    public void A_headline_line_between_paragraphs_is_a_headline_quote(string line, string speaker, string words)
    {
        var rows = Run(Story + line + "\n\nوتظاهر آلاف العمال في وسط العاصمة.");
        var quote = Assert.Single(rows, q => q.Kind == "headline");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(words, quote.Text);
    }

    [Theory]
    [InlineData("تاريخ المجر في الأوسكار: عشرة ترشيحات وفوزان")]
    [InlineData("ماكرون: باريس لن تتراجع عن إصلاح نظام التقاعد. وتظاهر آلاف العمال في وسط العاصمة.")]
    [InlineData("وشهدت العاصمة أمس مظاهرات حاشدة للمطالبة بالإصلاح. ماكرون: باريس لن تتراجع عن إصلاح نظام التقاعد")]
    public void A_topic_label_or_a_line_of_the_story_is_no_headline_quote(string line)
    {
        // A topic before the colon names no speaker; a line ending in a full stop, or a colon after a sentence of its
        // paragraph, belongs to the story.
        Assert.DoesNotContain(Run(Story + line + "\n\nوتظاهر آلاف العمال في وسط العاصمة."), q => q.Kind == "headline");
    }
}
