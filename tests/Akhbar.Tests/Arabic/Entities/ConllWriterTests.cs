using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class ConllWriterTests
{
    [Fact]
    public void Written_sentences_read_back_the_same()
    {
        var sentences = new List<LabeledSentence>
        {
            new(["زار", "سامر", "نادر", "حلب"], [0, 1, 5, 2]),
            new(["شركة", "النور"], [3, 7]),
        };
        var text = new StringWriter();
        ConllWriter.Write(sentences, text);
        var read = ConllReader.Read(new StringReader(text.ToString()), "written", out var unknown);
        Assert.Equal(0, unknown);
        Assert.Equal(sentences.Count, read.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(sentences[i].Words, read[i].Words);
            Assert.Equal(sentences[i].Tags, read[i].Tags);
        }
    }
}
