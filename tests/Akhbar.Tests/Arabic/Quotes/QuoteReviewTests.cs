using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>Bugs found in review of the quote rules merged with wt-quotes. Sentences written for these tests.</summary>
public class QuoteReviewTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("قالت السفيرة سارة جونز إن العنف مرفوض.\n\nوفي غزة أكدت أن الوضع الإنساني صعب.", "أكدت")]
    [InlineData("قالت السفيرة سارة جونز إن العنف مرفوض.\n\nوعن القدس أكدت أن وضع المدينة يحسم بالتفاوض.", "أكدت")]
    public void A_preposition_of_three_letters_with_wa_is_no_verb_whose_place_takes_the_floor(string body, string cue)
    {
        // "وفي"، "وعن" open a sentence without a comma: the place after them is where, not a subject that speaks.
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal("سارة جونز", q.Speaker);
    }

    [Fact]
    public void A_place_after_a_fronted_preposition_does_not_hold_the_floor_for_a_later_paragraph()
    {
        var q = Assert.Single(Run("قالت السفيرة سارة جونز إن العنف مرفوض.\n\nوفي غزة قتل ثلاثة أشخاص في غارة.\n\nوأكدت أن الوضع الإنساني صعب."), q => q.Cue == "وأكدت");
        Assert.NotEqual("غزة", q.Speaker);
    }

    [Theory]
    [InlineData("وقال الوزير إن الاقتصاد ينمو.\n\nوكان متوقعا أن يفوز الحزب الحاكم بالانتخابات.")]
    [InlineData("وقال الوزير إن الاقتصاد ينمو.\n\nوبات مرجحا أن يفوز الحزب الحاكم بالانتخابات.")]
    public void A_participle_after_kana_with_wa_is_a_predicate_not_a_cue(string body)
    {
        // PredicateWords hold كان and بات; written with و ("وكان متوقعا أن") they open a sentence as often.
        Assert.Equal(["وقال"], Run(body).Select(q => q.Cue));
    }
}
