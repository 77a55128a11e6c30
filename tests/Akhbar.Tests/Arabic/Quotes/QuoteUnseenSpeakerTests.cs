using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Speakers and false cues met on unseen news (eighteenth session): the cue بقوله, time phrases after a cue that drops its
/// subject, a cue form after عدم, the adjective مشددة, a match report with معلنا, a participle's definite role subject,
/// السلطات as a body that speaks, and a person named between commas after a role. Sentences written for these tests.
/// </summary>
public class QuoteUnseenSpeakerTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void Biqawlihi_before_quotation_marks_quotes_the_clause_subject()
    {
        var quote = Assert.Single(Run("وحاول الوزير طمأنة المستثمرين بقوله \"الاقتصاد قوي وسيتجاوز هذه المرحلة الصعبة\"."));
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("بقوله", quote.Cue);
        Assert.Equal("الوزير", quote.Speaker);
        Assert.StartsWith("الاقتصاد قوي", quote.Text);
    }

    [Fact]
    public void Biqawlihi_inna_is_an_indirect_quote_of_the_clause_subject()
    {
        var quote = Assert.Single(Run("وعلق رئيس النادي سامي الحربي على الخسارة بقوله إن الفريق سيعود أقوى في المباريات المقبلة."));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("سامي الحربي", quote.Speaker);
        Assert.StartsWith("الفريق سيعود", quote.Text);
    }

    [Theory]
    [InlineData("وقال المدرب خالد العمري إن الفريق جاهز للموسم. وأكد قبل أيام قليلة أنه لم يفقد الأمل في التأهل.", "وأكد", "خالد العمري")]
    [InlineData("وقال وزير الخارجية سامي الحربي إن المحادثات كانت مثمرة.\n\nوأضاف عند وصوله للمطار أن الزيارة ستعزز العلاقات بين البلدين.", "وأضاف", "سامي الحربي")]
    public void A_time_phrase_after_the_cue_is_not_the_speaker(string body, string cue, string speaker)
    {
        var quote = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_cue_form_after_adam_is_a_withheld_noun_not_a_report()
    {
        var rows = Run("إلا أن مسؤولا محليا، طلب عدم ذكر اسمه، قال: \"نعتقد أن بعض القتلى كانوا من المدنيين\".");
        var quote = Assert.Single(rows);
        Assert.Equal("قال", quote.Cue);
        Assert.NotEqual("اسمه", quote.Speaker);
    }

    [Theory]
    [InlineData("وتفرض السلطات رقابة مشددة على المعابر الحدودية منذ أشهر.")]
    [InlineData("وسدد المهاجم كرة قوية في الزاوية البعيدة معلنا هدف التعادل في الدقيقة 70.")]
    [InlineData("وأطلق الحكم صافرته معلنا نهاية الشوط الأول بالتعادل السلبي.")]
    public void Strict_measures_and_match_reports_are_no_quotes(string body)
    {
        Assert.Empty(Run(body));
    }

    [Fact]
    public void A_participle_after_a_comma_still_reports_and_its_definite_role_ends_before_the_object()
    {
        var quote = Assert.Single(Run("واختتمت الوزيرة كلمتها، مشددة على ضرورة حماية الغابات من الحرائق."));
        Assert.Equal("مشددة", quote.Cue);
        Assert.Equal("الوزيرة", quote.Speaker);
    }

    [Fact]
    public void Announcing_the_end_of_something_else_than_a_match_is_still_a_report()
    {
        var quote = Assert.Single(Run("وخرج الوزير إلى الصحفيين معلنا نهاية الأزمة مع النقابات."));
        Assert.Equal("الوزير", quote.Speaker);
        Assert.StartsWith("نهاية الأزمة", quote.Text);
    }

    [Fact]
    public void The_authorities_that_open_the_sentence_speak_for_the_cue_after_them()
    {
        var quote = Assert.Single(Run("وضعت السلطات التركية مواطنا ألمانيا قيد الحبس، وقالت إنه حاول عبور الحدود بطريقة غير قانونية."));
        Assert.Equal("السلطات التركية", quote.Speaker);
    }

    [Theory]
    [InlineData("وقال الخبير الاقتصادي، خالد الشافعي، إن الأسعار سترتفع خلال الصيف. وأضاف أن الحكومة مطالبة بالتدخل.", "خالد الشافعي")]
    [InlineData("وقال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الخميس، إن إيران تجاوزت الخط الأحمر.", "بنيامين نتنياهو")]
    public void A_name_between_commas_after_the_role_speaks_and_is_carried(string body, string speaker)
    {
        var rows = Run(body);
        Assert.NotEmpty(rows);
        Assert.All(rows, q => Assert.Equal(speaker, q.Speaker));
    }

    [Fact]
    public void The_reporter_named_after_an_unnamed_source_did_not_speak()
    {
        var quote = Assert.Single(Run("وقال مصدر أمني لمراسل الإذاعة في المدينة، سامي الحربي، إن الدورية تعرضت لإطلاق نار."));
        Assert.Equal("مصدر أمني", quote.Speaker);
    }

    [Theory]
    [InlineData("وقال المدرب خالد العمري إن الفريق جاهز للموسم.\n\n* هل تتوقع أن يفوز الفريق باللقب هذا الموسم؟\n\nالمنافسة صعبة لكننا نملك لاعبين مميزين.")]
    [InlineData("وقال الكاتب سامي الحربي إن الرواية الجديدة ستصدر قريبا.\n\nوهل ترى أن القراءة تراجعت بين الشباب؟")]
    public void An_interviewers_question_with_a_cue_verb_is_no_quote(string body)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal("وقال", quote.Cue);
    }
}
