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
    public void An_empty_token_list_has_no_token_anywhere()
    {
        Assert.Equal(-1, TokenSearch.Containing([], 0));
        Assert.Equal(-1, TokenSearch.AtOrBefore(Array.Empty<Token>(), 0));
    }
}
