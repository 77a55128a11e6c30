using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The words around a report that are not part of it: the preposition بين (between), the companions and places of the
/// occasion, an acronym in quotation marks, a source phrase standing as its own sentence, and a protest's demands.
/// Sentences written for these tests.
/// </summary>
public class QuoteOccasionTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وتراجعت أسواق المال بعد القمة بين ترمب وبوتين، حيث أن الغموض ما زال يخيم على المستثمرين.")]
    [InlineData("واندلعت مشادة بين المدرب الإسباني بيب غوارديولا وأحد مساعدي الفريق المنافس كادت أن تتحول إلى عراك.")]
    public void Bare_bain_after_a_noun_is_between_not_the_cue(string body)
    {
        // بين after a word of its clause is the preposition; the verb بيّن would open its clause.
        Assert.Empty(Run(body));
    }

    [Fact]
    public void Bain_after_kama_is_still_the_cue()
    {
        var quote = Assert.Single(Run("كما بين التقرير أن صادرات القطاع ارتفعت بنسبة كبيرة خلال العام الماضي."));
        Assert.Equal("التقرير", quote.Speaker);
        Assert.StartsWith("صادرات القطاع", quote.Text);
    }

    [Fact]
    public void Bain_after_a_word_that_opens_a_speakers_turn_is_the_cue()
    {
        // "من جانبه" hands the word to a new speaker (BetweenPreposition, shared with the event stage).
        var quote = Assert.Single(Run("من جانبه بين مدير التعليم في المنطقة خالد الحربي، أن المدارس ستفتح أبوابها الأسبوع المقبل."), q => q.Cue == "بين");
        Assert.Contains("الحربي", quote.Speaker);
    }

    [Fact]
    public void A_far_ala_before_what_is_stressed_opens_the_content()
    {
        // More than twenty words between شدد and على: the occasion holds a meeting "between" two named men.
        var quote = Assert.Single(Run("وشدد وزير الخارجية، خلال كلمته أمام منتدى اقتصادي في العاصمة قبل لقاء منتظر بين رئيس الحكومة، سعيد المنصوري، ونظيره المغربي، عبد الله الفاسي، على ضرورة أن تستمر المفاوضات التجارية بين البلدين."));
        Assert.Equal("وشدد", quote.Cue);
        Assert.Equal("وزير الخارجية", quote.Speaker);
        Assert.StartsWith("ضرورة", quote.Text);
    }

    [Fact]
    public void A_name_met_in_the_occasion_is_not_the_speaker()
    {
        // "وأضاف خلال اجتماع مع نظيره ... فلان:" has no subject of its own: the minister of the sentence before speaks on.
        var rows = Run("وقال وزير الخارجية المصري سامح شكري إن المحادثات كانت مثمرة.\n\nوأضاف خلال اجتماع مع نظيره الأردني أيمن الصفدي: \"نحن متفقون على ضرورة الحل السياسي في المنطقة\".");
        var added = Assert.Single(rows, q => q.Cue == "وأضاف");
        Assert.Equal("سامح شكري", added.Speaker);
    }

    [Fact]
    public void Ila_inside_the_occasion_does_not_end_the_search_for_the_frame()
    {
        var quote = Assert.Single(Run("وأوضح المتحدث باسم الوزارة في حديث إلى إذاعة محلية أن معظم الجرحى غادروا المستشفيات."));
        Assert.Equal("المتحدث باسم الوزارة", quote.Speaker);
        Assert.StartsWith("معظم الجرحى", quote.Text);
    }

    [Fact]
    public void A_dotted_acronym_in_marks_is_a_name_not_a_direct_quote()
    {
        var quote = Assert.Single(Run("وقال الوزير، في حديث معه \"بي.بي.سي\" البريطانية، إن الحكومة لن تتراجع عن قرارها."));
        Assert.Equal("indirect", quote.Kind);
        Assert.StartsWith("الحكومة لن تتراجع", quote.Text);
    }

    [Fact]
    public void A_source_phrase_standing_as_a_sentence_attributes_the_sentence_before_it()
    {
        var quote = Assert.Single(Run("اعتقلت الشرطة عشرات المشجعين بعد أعمال شغب في محيط الملعب. حسب رويترز."));
        Assert.Equal("رويترز", quote.Speaker);
        Assert.StartsWith("اعتقلت الشرطة", quote.Text);
    }

    [Fact]
    public void A_source_sentence_after_a_report_with_its_own_speaker_adds_nothing()
    {
        // The police already speak in the sentence before: the agency only confirms who reported it.
        var quote = Assert.Single(Run("وقالت الشرطة إنها اعتقلت عشرات المشجعين بعد أعمال الشغب. حسب رويترز."));
        Assert.Equal("الشرطة", quote.Speaker);
    }

    [Fact]
    public void What_protesters_demand_at_once_is_no_quote()
    {
        // The protest's purpose, not a statement (gold/README.md).
        Assert.Empty(Run("ويطالب المحتجون بتوفير فرص العمل وتحسين الخدمات في الجهة."));
    }

    [Fact]
    public void A_demand_protesters_put_to_an_addressee_is_still_a_call()
    {
        // The event stage reads the addressee of this call.
        var quote = Assert.Single(Run("وطالب المتظاهرون الحكومة بالتراجع عن قرار رفع الأسعار."));
        Assert.Contains("الحكومة", quote.Text);
    }
}
