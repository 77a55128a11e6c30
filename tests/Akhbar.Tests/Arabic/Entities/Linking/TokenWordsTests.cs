using Akhbar.Arabic.Entities.Linking;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class TokenWordsTests
{
    [Fact]
    public void A_joined_key_looked_up_from_the_stack_finds_what_the_joined_string_finds()
    {
        var doc = Analyze.Text("وصل وفد من كوريا الجنوبية إلى المدينة القديمة صباح اليوم.");
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var first = 0; first < doc.Tokens.Count; first++)
        {
            for (var count = 1; count <= 3 && first + count <= doc.Tokens.Count; count += 2)
            {
                table.TryAdd(TokenWords.JoinKeys(doc.Tokens, first, count), first * 10 + count);
            }
        }

        for (var first = 0; first < doc.Tokens.Count; first++)
        {
            for (var count = 1; count <= 3 && first + count <= doc.Tokens.Count; count++)
            {
                var expected = table.TryGetValue(TokenWords.JoinKeys(doc.Tokens, first, count), out var value);
                Assert.Equal(expected, TokenWords.TryGetJoined(table, doc.Tokens, first, count, out var found));
                Assert.Equal(value, found);
            }
        }

        // A three-word key the table holds (من كوريا الجنوبية), and a two-word key it does not (only odd lengths were put in).
        var korea = doc.Tokens.ToList().FindIndex(t => doc.Slice(t.Span) == "كوريا");
        Assert.True(TokenWords.TryGetJoined(table, doc.Tokens, korea - 1, 3, out _));
        Assert.False(TokenWords.TryGetJoined(table, doc.Tokens, korea, 2, out _));
    }

    [Fact]
    public void A_joined_key_too_long_for_the_stack_is_still_found()
    {
        var longWord = string.Concat(Enumerable.Repeat("سلام", 40));
        var doc = Analyze.Text($"قال {longWord} جديد");
        var key = TokenWords.JoinKeys(doc.Tokens, 1, 2);
        Assert.True(key.Length > 128);
        var table = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = "found" };
        Assert.True(TokenWords.TryGetJoined(table, doc.Tokens, 1, 2, out var value));
        Assert.Equal("found", value);
        Assert.False(TokenWords.TryGetJoined(table, doc.Tokens, 0, 2, out _));
    }

    [Fact]
    public void A_word_key_read_from_the_token_key_is_the_word_folded_alone()
    {
        // Clitics before the word, with harakat and tatweel on them and in the word, which folding drops.
        var doc = Analyze.Text("وَلِلْوَزِيرِ وبـالعاصمة فَقَالَ ولوزارة الخارجيّة بِـوَاشِنْطُن كلاماً.");
        var clitics = 0;
        foreach (var token in doc.Tokens)
        {
            var start = TokenWords.WordStart(token);
            clitics += start > token.Span.Start ? 1 : 0;
            Assert.Equal(TokenWords.Key(doc.Text, token, start), TokenWords.KeySpan(doc.Text, token, start).ToString());
        }

        Assert.True(clitics >= 4);
    }
}
