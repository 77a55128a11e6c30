using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Recall and speakers on unseen news (nineteenth session): a subject phrase of more than three words without a name or a
/// speaker noun before إن/أن, and the limits that keep objects and the writer's own clauses out of it; the person between
/// commas after a description that is indefinite or names an organization; an outlet in marks before نقلا, ردا after a cue,
/// and أقر with an indefinite object before بـ; ذات المصدر after a strict cue; the abbreviated titles د. and م.; a topic cue's speaker after من جانبه; the cue أبرز. Sentences written
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

    [Fact]
    public void A_doctors_abbreviated_title_does_not_end_the_search_for_the_content()
    {
        var quote = Assert.Single(Run("وأوضح د. سمير الغامدي مدير الجامعة، أن الدراسة ستبدأ في موعدها المحدد."));
        Assert.Equal("سمير الغامدي", quote.Speaker);
        Assert.StartsWith("الدراسة ستبدأ", quote.Text);
    }

    [Fact]
    public void An_engineers_abbreviated_title_leaves_the_cue_its_quotation()
    {
        var quote = Assert.Single(Run("وقال م. خالد العتيبي: «المشروع سيكتمل قبل نهاية العام»."));
        Assert.Equal("وقال", quote.Cue);
        Assert.Equal("خالد العتيبي", quote.Speaker);
    }

    [Fact]
    public void After_a_turn_phrase_a_topic_cue_names_who_speaks_next_in_the_sentence()
    {
        var rows = Run("وقال المدرب خالد العمري إن المباراة كانت صعبة.\n\nومن جانبه تحدث اللاعب سامي الحربي عن تلك الواقعة أيضا، حيث قال: \"نحن هنا نلعب كرة القدم\".");
        var quote = Assert.Single(rows, q => q.Kind == "direct");
        Assert.Equal("سامي الحربي", quote.Speaker);
    }

    [Fact]
    public void Abraza_reports_in_maghreb_news_but_the_elative_does_not()
    {
        var quote = Assert.Single(Run("وأبرزت الوزيرة في تصريح إذاعي أن هذه الخطوة تأتي دعما للإجراءات الحكومية.\n\nويعد هذا القرار من أبرز القرارات التي اتخذتها الحكومة."));
        Assert.Equal("وأبرزت", quote.Cue);
        Assert.Equal("الوزيرة", quote.Speaker);
    }
}
