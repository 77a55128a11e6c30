using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Recall and speakers on unseen news (nineteenth session): a subject phrase of more than three words without a name or a
/// speaker noun before إن/أن, and the limits that keep objects and the writer's own clauses out of it; the person between
/// commas after a description that is indefinite or names an organization; an outlet in marks before نقلا, ردا after a cue,
/// and أقر with an indefinite object before بـ; ذات المصدر after a strict cue. Sentences written
/// for these tests.
/// </summary>
public class QuoteRecallUnseenTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وقال الزبائن الخمسة مقدمو الدعوى إنهم لم يحصلوا على أي تعويض من الشركة.", "الزبائن الخمسة مقدمو الدعوى", "لم يحصلوا")]
    [InlineData("وذكر صندوق التنمية الزراعية الوطني أن القروض الجديدة ستصرف خلال الشهر المقبل.", "صندوق التنمية الزراعية الوطني", "القروض الجديدة")]
    [InlineData("وقال مصور وكالة الأنباء المحلية في المدينة إن الحريق امتد إلى ثلاثة مبان مجاورة.", "مصور وكالة الأنباء المحلية", "الحريق امتد")]
    public void A_long_subject_before_the_complementizer_speaks(string body, string speaker, string content)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(content, quote.Text);
    }

    [Theory]
    [InlineData("في حين أشارت معلومات الصحيفة المحلية اليومية أن مدة العقد تبلغ سنتين.")]
    [InlineData("وأعلن الحكم الدولي المعروف ركلة جزاء للفريق الضيف، إلا أنه تراجع عن قراره بعد مراجعة الفيديو.")]
    [InlineData("ولم يكشف مصنع السيارات الكبير أي تفاصيل تتعلق بخطته، لكن من الواضح أن الإنتاج سيتراجع.")]
    public void A_long_phrase_that_is_an_object_or_the_writers_clause_does_not_speak(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("قال مهاجم فريق النصر السعودي، سالم الدوسري، إن الفريق قادر على العودة في المباراة المقبلة.", "سالم الدوسري")]
    [InlineData("وتقول منسقة وزارة الثقافة الأردنية، ليلى خالد، إن الجناح يستقبل الزوار طوال الأسبوع.", "ليلى خالد")]
    [InlineData("وقال المتحدث باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن موسكو سترد على العقوبات.", "ماريا زاخاروفا")]
    public void The_person_between_commas_after_a_description_holding_a_name_speaks(string body, string speaker)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void An_outlet_in_marks_before_naqlan_is_no_direct_quote()
    {
        var quote = Assert.Single(Run("وأوردت \"سي إن بي سي\" نقلا عن مصادر في المخابرات، أن الصاروخ الجديد يقطع مسافة طويلة."));
        Assert.Equal("indirect", quote.Kind);
        Assert.StartsWith("الصاروخ الجديد", quote.Text);
    }

    [Fact]
    public void Raddan_ala_sual_is_how_the_carried_speaker_answered_not_who()
    {
        var quote = Assert.Single(Run("وقال الوزير خالد سالم إن الحكومة ستدعم المزارعين. وأضاف ردا على سؤال بشأن الأسعار إن الدعم سيبدأ الشهر المقبل."), q => q.Cue == "وأضاف");
        Assert.Equal("خالد سالم", quote.Speaker);
    }

    [Fact]
    public void An_indefinite_object_before_the_ba_of_aqarra_is_adopting_not_reporting()
    {
        Assert.Empty(Run("بريطانيا تقر فحصا دوريا بالمنظار لمرضى القلب"));
    }

    [Fact]
    public void The_same_source_speaks_after_a_strict_cue()
    {
        var quote = Assert.Single(Run("وبين ذات المصدر، في تصريح إذاعي، أن الأبحاث متواصلة لكشف بقية المتورطين."));
        Assert.Equal("ذات المصدر", quote.Speaker);
        Assert.StartsWith("الأبحاث متواصلة", quote.Text);
    }
}
