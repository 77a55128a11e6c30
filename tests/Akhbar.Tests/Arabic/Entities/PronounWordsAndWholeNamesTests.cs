using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>
/// Two faults of the entity stage read off corpus output: a preposition with an attached pronoun ("وقال لي", he told me) taken
/// for a person, and a name whose first letter reads as a proclitic (بلاتر, كيري) cut to a second, wrong person (لاتر, يري).
/// </summary>
public class PronounWordsAndWholeNamesTests
{
    private static List<string> Mentions(Document doc, EntityType type) =>
        doc.Entities.Where(m => m.Type == type).Select(m => doc.Slice(m.Span)).ToList();

    [Fact]
    public void Told_me_is_no_person()
    {
        var doc = Analyze.Text("وقال لي أحد سكان الحي إن القصف استمر طوال الليل، ثم قال لي جاره إن الكهرباء انقطعت.");
        Assert.DoesNotContain("لي", Mentions(doc, EntityType.Person));
    }

    [Theory]
    [InlineData("لنا")]
    [InlineData("معي")]
    [InlineData("علينا")]
    public void A_preposition_with_a_first_person_pronoun_is_no_name(string word)
    {
        var doc = Analyze.Text($"قال {word} أمس.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == word);
        Assert.True(Akhbar.Arabic.Entities.NoNameWords.IsNoName(doc.Text, token));
    }

    [Fact]
    public void Li_named_in_full_is_still_Li_alone()
    {
        var doc = Analyze.Text("قال رئيس الوزراء الصيني لي كه تشيانغ إن النمو مستقر. وأضاف لي أن بكين ستواصل الإصلاح.");
        Assert.Equal(2, Mentions(doc, EntityType.Person).Count(m => m.StartsWith("لي", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_surname_named_after_its_given_name_is_not_cut_as_a_clitic()
    {
        var doc = Analyze.Text("وقال جوزيف بلاتر إن الاتحاد الدولي سيجري إصلاحات واسعة. وأكد بلاتر أن الانتخابات ستجري في موعدها.");
        var persons = Mentions(doc, EntityType.Person);
        Assert.Contains("بلاتر", persons);
        Assert.DoesNotContain(doc.Entities, m => doc.Slice(m.Span) == "لاتر");
    }

    [Fact]
    public void A_listed_family_name_is_not_cut_where_its_rest_is_a_word_of_the_article()
    {
        // يرى (sees) folds like the rest of كيري: the word of the article must not make ك a clitic of the people table's name.
        var doc = Analyze.Text("وأكد كيري أن المفاوضات مستمرة، وهو يرى أن الحل قريب.");
        Assert.Contains("كيري", Mentions(doc, EntityType.Person));
    }

    [Fact]
    public void A_place_after_a_person_chunk_keeps_its_preposition_out()
    {
        // A chunk that ran on over "بعدن" after a given name must not make ب part of the place where عدن also stands alone.
        var doc = Analyze.Text("وصل علي بعدن أمس قادما من الرياض. وتشهد عدن هدوءا حذرا منذ أيام.");
        Assert.DoesNotContain(doc.Entities, m => doc.Slice(m.Span) == "بعدن");
    }
}
