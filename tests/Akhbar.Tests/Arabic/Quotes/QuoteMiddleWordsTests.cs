using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The words between a cue and its frame: a name that folds like a preposition, and a quotation mark that pairs with
/// nothing. Sentences written for these tests.
/// </summary>
public class QuoteMiddleWordsTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وأكد رئيس البرلمان المصري، علي عبد العال، أن إنشاء الصندوق السيادي تأخر كثيرا.", "إنشاء الصندوق")]
    [InlineData("وشدد وزير الداخلية علي الحسيني على أن الأمن مستتب في العاصمة.", "الأمن مستتب")]
    public void The_name_Ali_does_not_open_the_reported_words(string body, string start)
    {
        // Folded, the name علي reads like the preposition على, which opens the words of أكد and شدد.
        var quote = Assert.Single(Run(body));
        Assert.StartsWith(start, quote.Text);
        Assert.DoesNotContain("الحسيني", quote.Text);
    }

    [Fact]
    public void A_stray_quotation_mark_in_the_occasion_does_not_end_the_search_for_the_frame()
    {
        // The programme's name lost its closing mark; the report after إن is still the spokesman's.
        var quote = Assert.Single(Run("وقال المتحدث باسم الحزب في مقابلة مع إذاعة محلية في برنامج \"حوار الأسبوع إن الانتخابات ستجرى في موعدها."));
        Assert.Equal("المتحدث باسم الحزب", quote.Speaker);
        Assert.StartsWith("الانتخابات", quote.Text);
    }

    [Fact]
    public void A_stray_quotation_mark_right_after_the_cue_is_not_skipped()
    {
        // The mark opens the speaker's own words (its closing mark went astray): the words inside are not a subject.
        var rows = Run("وقال الرئيس إن بلاده ملتزمة بالاتفاق.\n\nوأضاف \"أصدرت أوامر لوزارة الخارجية بأن تجري مشاورات مع الدول الأوروبية.");
        Assert.DoesNotContain(rows, q => q.Speaker == "أصدرت أوامر");
    }

    [Fact]
    public void A_complementizer_after_a_long_named_subject_and_occasion_is_found()
    {
        // Over twenty words between the cue and أن: the role, the name, the occasion and the date.
        var quote = Assert.Single(Run("واعتبر الأمين العام لحزب المؤتمر الوطني سامي الخطيب في مداخلة هاتفية مطولة على أثير إذاعة محلية خاصة صباح اليوم الخميس 13 مارس 2014 أن محاولات العودة إلى المشهد السياسي خطيرة."));
        Assert.Equal("سامي الخطيب", quote.Speaker);
        Assert.StartsWith("محاولات العودة", quote.Text);
    }

    [Fact]
    public void A_far_complementizer_after_words_that_name_no_one_is_not_the_cues()
    {
        // "يرى نفسه ..." has no named subject: the أن far after it belongs to another verb.
        Assert.Empty(Run("ويرى نفسه اللاعب الأفضل في الفريق منذ سنوات طويلة رغم كل الانتقادات التي وجهت إليه من الصحافة والجمهور في الموسم الماضي وهو يعتقد أن المنافسة بينهما مشتدة."));
    }

    [Fact]
    public void Kama_before_a_cue_with_its_frame_ends_the_reported_words_and_opens_a_second_report()
    {
        var rows = Run("وأكد الحزب في بيان له على أهمية الاتفاق حول الهيكلة الحكومية الجديدة كما شدد على ضرورة تعزيزها بكفاءات سياسية.");
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain("شدد", rows[0].Text);
        Assert.Equal("الحزب", rows[1].Speaker);
        Assert.StartsWith("ضرورة تعزيزها", rows[1].Text);
    }

    [Fact]
    public void Kama_qalu_without_a_frame_stays_inside_the_reported_words()
    {
        // "كما قالوا" (as they said) reports nothing of its own.
        Assert.Contains("كما قالوا", Assert.Single(Run("وقال الفنان إنه لم يتقاض أي أموال كما قالوا في الصحف.")).Text);
    }

    [Fact]
    public void Ala_hadd_qawlihi_is_not_what_is_stressed()
    {
        // "على حد قوله" (as he put it) ends the words; the noun object after مؤكدا is what he stressed.
        var quote = Assert.Single(Run("وقال الوزير إن الأزمة انتهت، مؤكدا تورط عدة جهات في تسهيل عودة الفساد على حد قوله."), q => q.Cue == "مؤكدا");
        Assert.StartsWith("تورط عدة جهات", quote.Text);
    }
}
