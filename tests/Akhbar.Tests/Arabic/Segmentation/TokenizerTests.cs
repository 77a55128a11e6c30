using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Segmentation;

public class TokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text)
    {
        var output = new List<RawToken>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), output);
        return [.. output.Select(t => (t.Span.Slice(text), t.Kind))];
    }

    [Fact]
    public void Numbers_keep_their_inner_separators()
    {
        var tokens = Tokens("في 15/9/2018 الساعة 10:30 بنسبة 3.5% و١٢٣٫٥ و1,200.");
        Assert.Contains(("15/9/2018", TokenKind.Number), tokens);
        Assert.Contains(("10:30", TokenKind.Number), tokens);
        Assert.Contains(("3.5", TokenKind.Number), tokens);
        Assert.Contains(("١٢٣٫٥", TokenKind.Number), tokens);
        Assert.Contains(("1,200", TokenKind.Number), tokens);
        Assert.Equal((".", TokenKind.Punctuation), tokens[^1]);
    }

    [Fact]
    public void Punctuation_and_quotes_are_separate_tokens()
    {
        Assert.Equal(["وأضاف", "لافروف", ":", "“", "نعمل", "”", "."], Tokens("وأضاف لافروف: “نعمل”.").Select(t => t.Text));
    }

    [Fact]
    public void Urls_and_emails_are_single_tokens()
    {
        var tokens = Tokens("راجع https://example.org/a?b=1، أو news@example.com.");
        Assert.Contains(("https://example.org/a?b=1", TokenKind.Url), tokens);
        Assert.Contains(("news@example.com", TokenKind.Url), tokens);
    }

    [Fact]
    public void Diacritics_stay_inside_words()
    {
        Assert.Equal(["شدّد", "وبيّن"], Tokens("شدّد وبيّن").Select(t => t.Text));
    }

    [Fact]
    public void Marks_with_no_letter_before_them_are_a_symbol_not_a_word()
    {
        // A tanwin typed after a space, and a word that starts with a stray kasratan.
        Assert.Equal(
            [("شكرا", TokenKind.Word), ("\u064B", TokenKind.Symbol), ("\u064D", TokenKind.Symbol), ("فيه", TokenKind.Word)],
            Tokens("شكرا \u064B \u064Dفيه"));
    }
}
