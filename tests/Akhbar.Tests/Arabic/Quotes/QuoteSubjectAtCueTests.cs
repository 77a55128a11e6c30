using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The subject right after a cue is who speaks, not the first words of what was said or asked (branch wt-quotes6): a
/// person's surname that opens with ب is no call particle (QuoteFinder.NameLetterBa), and an unknown subject ends at a
/// day set off by commas or is a plural in ـون (QuoteFinder.SubjectsBeforeObjects). Sentences written for these tests.
/// </summary>
public class QuoteSubjectAtCueTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_surname_opening_with_ba_stays_in_the_speaker_and_the_addressee_in_the_call()
    {
        var quote = Assert.Single(Run("ودعا المبعوث الأممي مارتن بيلي الأطراف اليمنية إلى العودة إلى طاولة الحوار."), q => q.Cue == "ودعا");
        Assert.Equal("مارتن بيلي", quote.Speaker);
        Assert.StartsWith("الأطراف اليمنية إلى", quote.Text);
    }

    [Fact]
    public void A_surname_opening_with_ba_in_the_middle_of_the_name_is_not_cut()
    {
        var quote = Assert.Single(Run("وفي سياق متصل، دعا وزير الخارجية الهولندي ستيف بلوك مجلس الأمن الدولي إلى مواصلة الضغط من أجل وقف القتال في المدينة."), q => q.Cue == "دعا");
        Assert.Equal("ستيف بلوك", quote.Speaker);
        Assert.StartsWith("مجلس الأمن الدولي", quote.Text);
    }

    [Fact]
    public void An_unknown_subject_before_a_day_set_off_by_commas_speaks_and_the_object_follows_the_day()
    {
        var quote = Assert.Single(Run("أعلنت فصائل المعارضة المسلحة، الخميس، انسحاب مقاتليها من البلدة بعد أسبوع من المعارك العنيفة."), q => q.Cue == "أعلنت");
        Assert.Equal("فصائل المعارضة المسلحة", quote.Speaker);
        Assert.StartsWith("انسحاب مقاتليها", quote.Text);
    }

    [Fact]
    public void A_plural_in_un_after_a_call_is_its_subject_and_the_next_noun_the_addressee()
    {
        var quote = Assert.Single(Run("وطالب المتظاهرون الحكومة بالتراجع عن قرار رفع أسعار الوقود خلال أيام."), q => q.Cue == "وطالب");
        Assert.Equal("المتظاهرون", quote.Speaker);
        Assert.StartsWith("الحكومة بالتراجع", quote.Text);
    }

    [Fact]
    public void A_plural_in_un_after_a_call_without_an_addressee_is_still_its_subject()
    {
        var quote = Assert.Single(Run("ودعا المحتجون إلى الإفراج عن جميع الموقوفين منذ بداية الأسبوع."), q => q.Cue == "ودعا");
        Assert.Equal("المحتجون", quote.Speaker);
        Assert.StartsWith("إلى الإفراج", quote.Text);
    }

    [Fact]
    public void A_place_named_after_a_plural_in_un_is_the_addressee_not_part_of_the_subject()
    {
        var quote = Assert.Single(Run("ودعا المحتجون السعودية والإمارات إلى التدخل لوقف الحرب في البلاد."), q => q.Cue == "ودعا");
        Assert.Equal("المحتجون", quote.Speaker);
        Assert.StartsWith("السعودية", quote.Text);
    }
}
