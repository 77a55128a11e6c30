using System.Text;
using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class CorpusTokenizerTests
{
    [Fact]
    public void Words_are_folded_marks_stand_alone_and_line_breaks_are_tokens()
    {
        var tokens = CorpusTokenizer.Tokens("أعلن (الرئيس)\tإلغاء\n2018.", new StringBuilder()).ToArray();
        Assert.Equal(["اعلن", "(", "الرييس", ")", "الغاء", CorpusTokenizer.LineBreak, "2018", "."], tokens);
        Assert.True(CorpusTokenizer.IsWord("2018"));
        Assert.False(CorpusTokenizer.IsWord("."));
        Assert.False(CorpusTokenizer.IsWord(CorpusTokenizer.LineBreak));
    }

    [Fact]
    public void Word_classes_read_stems_and_skip_line_breaks()
    {
        var words = ClusterLearner.Words("والموصل\nبغداد.", new StringBuilder()).ToArray();
        Assert.Equal(["موصل", "بغداد", "."], words);
    }

    [Fact]
    public void A_text_without_stops_is_cut_into_sentences_of_bounded_length()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلمة", 200));
        var lengths = TypeLexiconBuilder.Sentences(text, []).Select(s => s.Count).ToArray();
        Assert.Equal(200, lengths.Sum());
        Assert.All(lengths, n => Assert.InRange(n, 1, 80));
        Assert.Equal(3, lengths.Length);
    }
}
