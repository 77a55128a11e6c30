using Akhbar.Arabic.Events;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The filter on the forms' last three letters that spares the event lexicon's lookups: it may pass too much, never too little.</summary>
public sealed class EndingFilterTests
{
    [Fact]
    public void Every_form_of_the_shipped_lexicon_and_its_clitic_readings_pass()
    {
        var filter = new EndingFilter(EventLexicon.Default.Forms.Keys);
        foreach (var form in EventLexicon.Default.Forms.Keys)
        {
            Assert.True(filter.MayEndLikeAForm(form), form);
            if (form.Length < 3)
            {
                // The lexicon reads no clitic off a key whose rest would be shorter than three letters.
                continue;
            }

            Assert.True(filter.MayEndLikeAForm("و" + form), form);
            Assert.True(filter.MayEndLikeAForm("بال" + form), form);
        }
    }

    [Theory]
    [InlineData("كتاب")]
    [InlineData("والمدرسة")]
    [InlineData("برلين")]
    public void A_word_no_form_ends_like_fails(string word)
    {
        var filter = new EndingFilter(["اجتماع", "قصف", "هاجم"]);
        Assert.False(filter.MayEndLikeAForm(word));
    }

    [Theory]
    [InlineData("الاجتماع")]
    [InlineData("وقصف")]
    [InlineData("من")]
    public void A_word_ending_like_a_form_or_too_short_to_tell_passes(string word)
    {
        var filter = new EndingFilter(["اجتماع", "قصف", "هاجم"]);
        Assert.True(filter.MayEndLikeAForm(word));
    }
}
