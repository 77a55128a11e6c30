using Akhbar.Arabic.Quotes.Evaluation;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>Gold quotes give their speaker as offsets; the scorer reads the words from the article text.</summary>
public sealed class QuoteGoldTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-quote-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string quotes)
    {
        var path = Path.Combine(_dir, "g.json");
        File.WriteAllText(path, "{\"id\":\"x\",\"quotes\":" + quotes + "}");
        return path;
    }

    [Fact]
    public void Speaker_span_is_read_from_the_article_text()
    {
        const string text = "وقال وزير الخارجية سيرغي لافروف إن الحل سياسي.";
        var path = Write("""[{"start":36,"end":46,"kind":"indirect","speaker":{"start":5,"end":31}},{"start":0,"end":4,"kind":"indirect","speaker":null}]""");
        var gold = QuoteGold.Load(path);
        Assert.Equal(2, gold.Count);
        Assert.Equal("وزير الخارجية سيرغي لافروف", gold[0].SpeakerText(text, path));
        Assert.Null(gold[1].SpeakerText(text, path));
    }

    [Fact]
    public void A_speaker_span_outside_the_text_is_a_clear_error()
    {
        var path = Write("""[{"start":0,"end":4,"kind":"indirect","speaker":{"start":5,"end":500}}]""");
        var e = Assert.Throws<BadInputException>(() => QuoteGold.Load(path)[0].SpeakerText("قصير", path));
        Assert.Contains("outside the text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Copied_speaker_words_are_refused()
    {
        var path = Write("""[{"start":0,"end":4,"kind":"indirect","speaker_text":"لافروف"}]""");
        var e = Assert.Throws<BadInputException>(() => QuoteGold.Load(path));
        Assert.Contains("speaker_text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_form_of_the_gold_phrase_is_the_same_speaker_and_another_name_is_not()
    {
        var score = new QuoteScore();
        List<ScoredGold> gold = [new(10, 30, "indirect", "وزير الخارجية الروسي سيرغي لافروف"), new(40, 60, "indirect", "وزير الخارجية الروسي سيرغي لافروف")];
        List<PredictedQuote> predicted = [new(12, 30, "indirect", "لافروف", "..."), new(40, 60, "indirect", "هايكو ماس", "...")];
        score.Add("x", gold, predicted);
        Assert.Equal(2, score.Matched);
        Assert.Equal(1, score.SpeakerRight);
    }

    [Fact]
    public void A_hashtag_name_is_the_same_speaker_as_its_words()
    {
        // "#تيريزا_ماي" is the hashtag of "تيريزا ماي": the gold phrase with the hashtag holds the name written without
        // the #, and the short name "ماي" is one of its words.
        var score = new QuoteScore();
        List<ScoredGold> gold = [new(10, 30, "indirect", "رئيسة وزراء بريطانيا #تيريزا_ماي"), new(40, 60, "indirect", "ماي")];
        List<PredictedQuote> predicted = [new(12, 30, "indirect", "تيريزا_ماي", "..."), new(40, 60, "indirect", "#تيريزا_ماي", "...")];
        score.Add("x", gold, predicted);
        Assert.Equal(2, score.SpeakerRight);
    }
}
