using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>Organization names in the lemma form of the Arabic actor dictionary.</summary>
public sealed class DictionaryFormTests
{
    [Theory]
    [InlineData("وزاره الخزانه الاميركيه", "وزاره خزانه اميركي")]
    [InlineData("الاتحاد الاوروبي", "اتحاد اوروبي")]
    [InlineData("مجلس الامن الدولي", "مجلس امن دولي")]
    [InlineData("الحكومه السوريه", "حكومه سوري")]
    public void Articles_go_and_a_nisba_after_the_head_is_masculine(string key, string form) =>
        Assert.Equal(form, DictionaryForm.Of(key));

    [Fact]
    public void The_head_noun_keeps_its_ending_and_a_short_word_its_article()
    {
        // "هيئه" is the head, not a nisba; "الله" is too short for its first letters to be an article.
        Assert.Equal("هيئه عامه", DictionaryForm.Of("الهيئه العامه"));
        Assert.Equal("حزب الله", DictionaryForm.Of("حزب الله"));
    }

    [Theory]
    [InlineData("حزب العمل والتنميه", "حزب عمل و تنميه")]
    [InlineData("مجلس الزراعه والتنميه الريفيه", "مجلس زراعه و تنميه ريفي")]
    public void A_defined_noun_joined_by_wa_stands_apart_from_the_conjunction_and_keeps_its_ending(string key, string form) =>
        Assert.Equal(form, DictionaryForm.Of(key));
}
