using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class WordFormsTests
{
    [Theory]
    [InlineData("وبالمدينة", "مدينه", 5)]
    [InlineData("للرئيس", "رييس", 4)]
    [InlineData("والموصل", "موصل", 3)]
    [InlineData("بغداد", "بغداد", 0)]
    [InlineData("موسكو", "موسكو", 0)]
    public void The_stem_leaves_out_the_proclitic_chain(string word, string stem, int procliticCode)
    {
        var forms = WordForms.Of(word);
        Assert.Equal(stem, forms.Stem.ToString());
        Assert.Equal(procliticCode, forms.ProcliticCode);
    }

    [Fact]
    public void A_bare_preposition_is_offered_but_not_stripped()
    {
        var forms = WordForms.Of("لروسيا");
        Assert.Equal("لروسيا", forms.Stem.ToString());
        Assert.True(forms.HasBarePreposition);
        Assert.Equal("روسيا", forms.Key[forms.PrepositionEnd..]);
    }

    [Theory]
    [InlineData("2018", WordShape.Number)]
    [InlineData("،", WordShape.Punctuation)]
    [InlineData("Reuters", WordShape.LatinCapitalized)]
    [InlineData("reuters", WordShape.Latin)]
    [InlineData("أ)", WordShape.Mixed)]
    public void Shapes(string word, WordShape shape) => Assert.Equal(shape, WordForms.Of(word).Shape);
}
