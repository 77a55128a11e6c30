using Akhbar.Storage.Search;

namespace Akhbar.Tests.Storage;

public class SearchTermsTests
{
    private static readonly QueryTerms Query = new();

    [Theory]
    [InlineData("الاتفاق", "الاتفاق")]
    [InlineData("والاتفاق", "الاتفاق")]
    [InlineData("الإتفاق", "الاتفاق")]
    [InlineData("وبالاتفاق", "الاتفاق")]
    [InlineData("وسيقوم", "يقوم")]
    [InlineData("لافروف", "لافروف")]
    public void Index_terms_drop_conjunctions_and_prepositions_and_fold_spelling(string word, string term)
    {
        var (text, tokens) = Query.Tokenize(word);
        Assert.Equal(term, SearchTerms.Term(text, Assert.Single(tokens)));
    }

    [Fact]
    public void Queries_become_quoted_fts_terms_so_operators_cannot_break_them()
    {
        Assert.Equal("terms : \"الاتفاق\" AND terms : \"النووي\"", Query.ToFts("والاتفاق النووي", stem: false));
        Assert.Equal("terms : \"وزير الخارجيه\"", Query.ToFts("\"وزير الخارجية\"", stem: false));
        Assert.Equal("terms : \"or\" AND terms : \"near\"", Query.ToFts("OR NEAR(", stem: false));
        Assert.Null(Query.ToFts("،؟ ...", stem: false));
    }
}
