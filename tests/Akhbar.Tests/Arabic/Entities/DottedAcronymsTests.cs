using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class DottedAcronymsTests
{
    [Theory]
    [InlineData("يو بي اس", "UBS")]
    [InlineData("سي اي ايه", "CIA")]
    [InlineData("اتش اس بي سي", "HSBC")]
    public void Letter_names_spell_their_latin_letters(string key, string latin) => Assert.Equal(latin, DottedAcronyms.LatinLetters(key));

    [Theory]
    [InlineData("بي")]
    [InlineData("بي بنك")]
    [InlineData("محمد علي")]
    public void A_single_letter_name_or_other_words_are_no_acronym(string key) => Assert.Null(DottedAcronyms.LatinLetters(key));

    [Fact]
    public void A_dotted_acronym_is_one_mention_and_a_title_abbreviation_is_not_joined()
    {
        var doc = Analyze.Text("وأجرت الاستطلاع مؤسسة بي.إم.جي لصالح الصحيفة. وقال فوكس لإذاعة بي.بي.سي إن الاتفاق ممكن. وقال د.محمد علي إن الوضع جيد.");
        Assert.Contains(doc.LinkedEntities, e => e.Name == "بي.بي.سي" && e.NameEn == "BBC");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name is "بي" or "جي" or "إم");
        Assert.DoesNotContain(doc.Entities, m => doc.Slice(m.Span).StartsWith("د.", StringComparison.Ordinal));
    }
}
