using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>Name pairs from invented line-aligned English and Arabic sentences.</summary>
public sealed class ParallelNameAlignerTests
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "في", "من", "يوم" };

    [Fact]
    public void English_names_are_runs_of_capitalized_words_without_the_sentence_capital()
    {
        var lowercase = new HashSet<string>(StringComparer.Ordinal) { "the", "leaders" };
        Assert.Equal(["Northern League", "Monday"], ParallelNameAligner.EnglishNames("The Northern League met on Monday.", lowercase));
        Assert.Equal(["Bank of Alfaland", "Karim Salem"], ParallelNameAligner.EnglishNames("Leaders of the Bank of Alfaland, Karim Salem said.", lowercase));
    }

    [Fact]
    public void Arabic_grams_drop_a_clitic_before_the_article_and_do_not_cross_punctuation()
    {
        var grams = ParallelNameAligner.ArabicGrams("قال وللرابطة الشمالية، في الرباط", FunctionWords).Select(g => g.Key).ToList();
        Assert.Contains("الرابطه الشماليه", grams);
        Assert.DoesNotContain("الشماليه الرباط", grams);
        Assert.DoesNotContain("في", grams);
        Assert.Contains("الرباط", grams);
    }

    [Fact]
    public void A_translated_name_needs_agreement_over_enough_lines()
    {
        string[] english = ["The Green Council met.", "The Green Council voted.", "Then the Green Council left.", "Green Council members spoke."];
        string[] arabic = ["اجتمع المجلس الأخضر.", "صوت المجلس الأخضر.", "ثم غادر المجلس الأخضر.", "تحدث أعضاء المجلس الأخضر."];
        var pair = Assert.Single(ParallelNameAligner.Align(english, arabic, FunctionWords));
        Assert.Equal(("المجلس الأخضر", "Green Council", "lines"), (pair.Arabic, pair.English, pair.Evidence));

        // Two lines of a coincidence are not enough when the names do not sound alike.
        Assert.Empty(ParallelNameAligner.Align(english[..2], arabic[..2], FunctionWords));
    }

    [Fact]
    public void A_name_seen_once_pairs_only_with_the_one_ngram_of_its_skeleton()
    {
        var pair = Assert.Single(ParallelNameAligner.Align(["Yesterday Karim Salem spoke."], ["تحدث كريم سالم أمس."], FunctionWords));
        Assert.Equal(("كريم سالم", "Karim Salem", "skeleton"), (pair.Arabic, pair.English, pair.Evidence));
        Assert.Empty(ParallelNameAligner.Align(["Yesterday Karim Salem spoke."], ["تحدث الوزير أمس."], FunctionWords));
    }

    [Fact]
    public void Texts_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ParallelNameAligner.Align(["One."], [], FunctionWords));
    }
}
