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

    [Fact]
    public void The_set_is_sized_to_its_list_so_that_a_short_list_stays_in_a_few_cache_lines()
    {
        // Three endings take the smallest set; the lexicon's five hundred take more, yet far less than the old 8 KB.
        Assert.Equal(1024, new EndingFilter(["اجتماع", "قصف", "هاجم"]).Size);
        var lexicon = new EndingFilter(EventLexicon.Default.Forms.Keys);
        Assert.InRange(lexicon.Size, 8192, 32768);

        // A list with more endings than the largest set can spread keeps the largest, 65,536 bits.
        var many = Enumerable.Range(0, 5000).Select(i => "ب" + (char)('ا' + (i % 26)) + (char)('ا' + (i / 26 % 26)) + (char)('ا' + (i / 676)));
        Assert.Equal(65536, new EndingFilter(many).Size);
    }

    [Fact]
    public void Few_endings_outside_the_list_pass_the_sized_set()
    {
        // Made-up words of three letters, each its own ending; those that end a lexicon form are left out.
        var filter = new EndingFilter(EventLexicon.Default.Forms.Keys);
        var formEndings = EventLexicon.Default.Forms.Keys.Where(f => f.Length >= 3).Select(f => f[^3..]).ToHashSet();
        var letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var others = (from a in letters from b in letters from c in letters select new string([a, b, c])).Where(w => !formEndings.Contains(w)).ToList();
        var passed = others.Count(w => filter.MayEndLikeAForm(w));
        Assert.True(passed < others.Count / 10, $"{passed} of {others.Count} passed");
    }
}
