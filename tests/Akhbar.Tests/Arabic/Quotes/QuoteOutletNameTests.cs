using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Short quotations that name the outlet a speaker talked to (لـ"..."، مع "..."، اتصال هاتفي بـ"...") rather than the
/// words said; a source named in marks after وفق/بحسب; the question cue تساءل عن; a present cue after قد (what someone may
/// say); a source that heads its sentence before فإن.
/// Sentences written for these tests.
/// </summary>
public class QuoteOutletNameTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وقال وزير الزراعة لـ\"إذاعة الساحل أف أم\"، إن موسم الحصاد سيبدأ الأسبوع المقبل.", "وزير الزراعة", "موسم الحصاد")]
    [InlineData("وأكد رئيس البلدية في مقابلة مع \"قناة الوطن الإخبارية\"، أن أشغال الطريق ستنتهي قبل الصيف.", "رئيس البلدية", "أشغال الطريق")]
    public void A_quoted_outlet_after_la_or_maa_is_a_name_and_the_report_follows_it(string body, string speaker, string start)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(start, quote.Text);
    }

    [Fact]
    public void A_quoted_station_after_a_phone_call_is_who_was_called()
    {
        var rows = Run("أكدت اليوم الاثنين النائبة سلمى الورتاني توقيع اتفاقية تعاون مع حزب أجنبي.\n\nوقالت في اتصال هاتفي بـ \"إذاعة الشمال أف أم\" عبر بوليتيكا،  إن وفدا من الحزب سيزور العاصمة الشهر المقبل.");
        var said = Assert.Single(rows, q => q.Cue == "وقالت");
        Assert.Equal("indirect", said.Kind);
        Assert.StartsWith("وفدا من الحزب", said.Text);
    }

    [Fact]
    public void An_outlet_named_in_marks_before_an_unclosed_mark_leaves_the_report_to_its_speaker()
    {
        var rows = Run("تساءل رئيس الحزب والوزير الأسبق محمد الصغير اليوم الاثنين حول أسباب الزيارة.\n\nوقال في مقابلة مع \"صوت الساحل الحر\" في برنامج \"بوليتيكا انه من غير المعقول تعيين الولاة على أساس حزبي.");
        var said = Assert.Single(rows, q => q.Cue == "وقال");
        Assert.Equal("indirect", said.Kind);
        Assert.StartsWith("من غير المعقول", said.Text);
        Assert.Equal("محمد الصغير", said.Speaker);
    }

    [Fact]
    public void Tasaala_an_reports_the_question()
    {
        var quote = Assert.Single(Run("وتساءل النائب عن أسباب تأخر صرف المنح للطلبة."));
        Assert.Equal("النائب", quote.Speaker);
        Assert.StartsWith("أسباب تأخر", quote.Text);
    }

    [Theory]
    [InlineData("وقد يتساءل البعض عن جدوى هذه الإجراءات في ظل الأزمة.")]
    [InlineData("وقد يقول قائل إن الخطة مكلفة أكثر من اللازم.")]
    [InlineData("فقد يرى البعض أن الاتفاق لن يصمد طويلا.")]
    public void A_present_cue_after_qad_is_what_someone_may_say(string body)
    {
        Assert.Empty(Run(body));
    }

    [Fact]
    public void A_past_cue_after_qad_is_still_a_report()
    {
        var quote = Assert.Single(Run("وكانت الشركة قد توقعت أن ترتفع أرباحها في الربع الأخير."));
        Assert.Equal("الشركة", quote.Speaker);
    }

    [Fact]
    public void A_source_named_in_marks_after_the_clause_attributes_it()
    {
        var quote = Assert.Single(Run("ووقع الانفجار قرب مزار شيعي غربي العاصمة، وفق \"وكالة الأنباء المحلية\"."));
        Assert.Equal("وفق", quote.Cue);
        Assert.Equal("وكالة الأنباء المحلية", quote.Speaker);
        Assert.StartsWith("ووقع الانفجار", quote.Text);
    }

    [Fact]
    public void A_source_named_in_marks_before_fa_inna_gives_the_clause_after_it()
    {
        // The tagger does not know the firm: its name in marks after بحسب is the source all the same.
        var quote = Assert.Single(Run("وبحسب \"كابيتال إيكونوميكس\"، فإن النمو سيتباطأ في الربع المقبل."));
        Assert.Equal("كابيتال إيكونوميكس", quote.Speaker);
        Assert.StartsWith("النمو سيتباطأ", quote.Text);
    }

    [Fact]
    public void A_source_at_the_head_of_a_sentence_closed_by_fa_inna_is_taken_without_a_known_name()
    {
        var quote = Assert.Single(Run("وحسب علماء الفلك، فإن الكويكب لن يقترب من الأرض هذا العام."));
        Assert.Equal("علماء الفلك", quote.Speaker);
        Assert.StartsWith("الكويكب لن", quote.Text);
    }

    [Fact]
    public void Results_at_the_head_of_a_sentence_are_no_speaker()
    {
        Assert.Empty(Run("ووفقا للنتائج فإن الحزب حصل على أغلبية المقاعد."));
    }

    [Fact]
    public void A_conditional_wa_in_after_a_source_named_after_its_clause_continues_nothing()
    {
        // "وفق" follows the words it attributes, so "وإن" in the next paragraph is "and if", no second complementizer of it.
        var rows = Run("وتخطط الشركة لإطلاق القمر الصناعي الجديد بحلول نهاية العام، وفق \"مرصد الفضاء\"\n\nوإن نجحت التجربة، ستبدأ الشركة بيع خدماتها للحكومات في المنطقة.");
        var attributed = Assert.Single(rows);
        Assert.Equal("مرصد الفضاء", attributed.Speaker);
        Assert.StartsWith("وتخطط الشركة", attributed.Text);
    }

    [Fact]
    public void A_law_named_in_marks_after_a_source_word_is_no_speaker()
    {
        Assert.Empty(Run("وانتهى الاجتماع دون اتفاق بين الطرفين على موعد الانتخابات، بحسب \"القانون\"."));
    }
}
