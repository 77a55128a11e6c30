using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The shipped event lexicon: its codes, the curation of its statement verbs, and lookup through clitics.</summary>
public sealed class EventLexiconTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.Default;

    private static EventLexeme? Find(string word)
    {
        var doc = Analyze.Text(word);
        var token = doc.Tokens.Last(t => t.Kind == TokenKind.Word);
        return Lexicon.Find(token, doc.Text);
    }

    [Fact]
    public void Every_form_has_a_code_of_the_CAMEO_table_and_a_folded_key()
    {
        Assert.True(Lexicon.Forms.Count > 500);
        foreach (var (form, lexeme) in Lexicon.Forms)
        {
            Assert.NotNull(CameoCodes.Default.Find(lexeme.Cameo));
            Assert.Equal(Akhbar.Core.Text.ArabicFolding.Fold(form), form);
        }
    }

    [Theory]
    [InlineData("أكد")]
    [InlineData("شدد")]
    [InlineData("أضاف")]
    [InlineData("أعلن")]
    [InlineData("قال")]
    public void Statement_verbs_are_statements_not_force_or_sanctions(string verb)
    {
        var lexeme = Find(verb);
        Assert.NotNull(lexeme);
        Assert.Equal("010", lexeme.Cameo);
    }

    [Theory]
    [InlineData("والتقى", "040")]
    [InlineData("ويلتقي", "040")]
    [InlineData("سيلتقي", "040")]
    [InlineData("بالقصف", "190")]
    [InlineData("هاجمها", "190")]
    [InlineData("والاجتماع", "040")]
    [InlineData("ودعت", "020")]
    [InlineData("وطالبوا", "100")]
    [InlineData("الاحتجاجات", "141")]
    public void Words_are_found_through_their_clitics(string word, string cameo)
    {
        Assert.Equal(cameo, Find(word)?.Cameo);
    }

    [Theory]
    [InlineData("الاجتماع")]
    [InlineData("للاجتماع")]
    [InlineData("بالاجتماع")]
    [InlineData("والاجتماع")]
    [InlineData("وللاجتماع")]
    public void A_noun_is_found_after_the_article_and_the_prepositions_before_it(string word)
    {
        // Whether the segmenter splits the article off (the stem is read) or leaves it attached (the key is read without
        // each article prefix, and a prefix's rest equal to the stem is not looked up twice).
        Assert.Equal("040", Find(word)?.Cameo);
    }

    [Theory]
    [InlineData("للتوافق")]
    [InlineData("لم")]
    [InlineData("بدأ")]
    [InlineData("عبر")]
    public void Nouns_that_look_like_verbs_and_dropped_dictionary_noise_are_not_event_words(string word)
    {
        Assert.Null(Find(word));
    }
}
