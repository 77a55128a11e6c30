using Akhbar.Core.Model;

namespace Akhbar.Tests.Core;

public class TokenSearchTests
{
    // "قال وزير الدفاع": three words at 0-3, 4-8 and 9-15, a space between each.
    private static readonly Token[] Words =
    [
        new(new TextSpan(0, 3), "قال", [], TokenKind.Word),
        new(new TextSpan(4, 8), "وزير", [], TokenKind.Word),
        new(new TextSpan(9, 15), "الدفاع", [], TokenKind.Word),
    ];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(5, 1)]
    [InlineData(14, 2)]
    [InlineData(3, -1)]
    [InlineData(15, -1)]
    [InlineData(-1, -1)]
    public void Containing_finds_the_token_that_holds_the_offset_and_none_between_tokens(int offset, int expected) =>
        Assert.Equal(expected, TokenSearch.Containing(Words, offset));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    [InlineData(40, 2)]
    [InlineData(-1, -1)]
    public void AtOrBefore_falls_back_on_the_last_token_before_the_offset(int offset, int expected)
    {
        Assert.Equal(expected, TokenSearch.AtOrBefore(Words, offset));

        // A list that is no array is searched through its interface, with the same answers.
        Assert.Equal(expected, TokenSearch.AtOrBefore(new List<Token>(Words), offset));
    }

    [Fact]
    public void AtOrBefore_over_an_array_finds_the_same_token_as_the_list_search_however_unevenly_tokens_lie()
    {
        // Short words, then one very long token (a link), then short words again: a guess from the offset's share of the
        // text lands far from the token, and the array search must still find the one the plain search finds.
        var tokens = new List<Token>();
        var at = 0;
        for (var i = 0; i < 40; i++)
        {
            var length = i == 12 ? 400 : 2 + (i % 3);
            tokens.Add(new Token(new TextSpan(at, at + length), "كلمة", [], TokenKind.Word));
            at += length + 1;
        }

        var array = tokens.ToArray();
        for (var offset = -2; offset <= at + 2; offset++)
        {
            Assert.Equal(TokenSearch.AtOrBefore(tokens, offset), TokenSearch.AtOrBefore(array, offset));
        }

        // One token only: every offset from its start on falls back on it.
        Token[] single = [new(new TextSpan(5, 9), "كلمة", [], TokenKind.Word)];
        Assert.Equal(-1, TokenSearch.AtOrBefore(single, 4));
        Assert.Equal(0, TokenSearch.AtOrBefore(single, 5));
        Assert.Equal(0, TokenSearch.AtOrBefore(single, 50));
    }

    [Fact]
    public void An_empty_token_list_has_no_token_anywhere()
    {
        Assert.Equal(-1, TokenSearch.Containing([], 0));
        Assert.Equal(-1, TokenSearch.AtOrBefore(Array.Empty<Token>(), 0));
    }
}
