using Akhbar.Arabic.Events;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The filter on a form's first letter, ending and length asked before each lexicon lookup: it may pass too much, never too little.</summary>
public sealed class FormShapeFilterTests
{
    [Fact]
    public void Every_form_of_the_shipped_lexicon_passes()
    {
        var filter = new FormShapeFilter(EventLexicon.Default.Forms.Keys);
        Assert.All(EventLexicon.Default.Forms.Keys, form => Assert.True(filter.MayBeAForm(form), form));
    }

    [Theory]
    [InlineData("كتاب")]
    [InlineData("المدرسة")]
    [InlineData("اجتماعات")]
    [InlineData("قصفت")]
    public void A_word_shaped_like_no_form_fails(string word)
    {
        // "قصفت" ends as no form here, "اجتماعات" is longer than "اجتماع" with another ending: shapes differ from the forms'.
        var filter = new FormShapeFilter(["اجتماع", "قصف", "هاجم"]);
        Assert.False(filter.MayBeAForm(word));
    }

    [Theory]
    [InlineData("اجتماع")]
    [InlineData("هاجم")]
    [InlineData("من")]
    public void A_form_or_a_word_too_short_to_tell_passes(string word)
    {
        var filter = new FormShapeFilter(["اجتماع", "قصف", "هاجم"]);
        Assert.True(filter.MayBeAForm(word));
    }

    [Fact]
    public void Words_that_share_a_form_ending_but_not_its_first_letter_or_length_mostly_fail()
    {
        // What the ending filter lets through: words ending as a lexicon form does. Most of them are shaped otherwise.
        var filter = new FormShapeFilter(EventLexicon.Default.Forms.Keys);
        var forms = EventLexicon.Default.Forms.Keys.ToHashSet();
        var others = EventLexicon.Default.Forms.Keys.Where(f => f.Length >= 3)
            .SelectMany(f => new[] { "ت" + f, "مست" + f[^3..], "ظ" + f[1..] })
            .Where(w => !forms.Contains(w)).Distinct().ToList();
        var passed = others.Count(w => filter.MayBeAForm(w));
        Assert.True(passed < others.Count / 4, $"{passed} of {others.Count} passed");
    }
}
