using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Segmentation;

public class RealTextSegmentationTests
{
    [SharedFact]
    public void Segments_tile_every_token_of_real_news_sentences()
    {
        // ntrex128-arabic: 1,997 news sentences (CC BY-SA 4.0), analysed a hundred lines at a time.
        var lines = File.ReadAllLines(SharedData.Path("data", "ntrex128-arabic", "newstest2019-ref.arb.txt"));
        var split = 0;
        var words = 0;
        foreach (var chunk in lines.Chunk(100))
        {
            var doc = Analyze.Text(string.Join("\n\n", chunk), "عنوان");
            foreach (var token in doc.Tokens)
            {
                Assert.Equal(token.Span.Start, token.Segments[0].Span.Start);
                Assert.Equal(token.Span.End, token.Segments[^1].Span.End);
                for (var i = 1; i < token.Segments.Length; i++)
                {
                    Assert.Equal(token.Segments[i - 1].Span.End, token.Segments[i].Span.Start);
                    Assert.True(token.Segments[i].Span.Length > 0);
                }

                // One stem, except a conjunction or preposition written apart (و 10), which is one clitic segment.
                var stems = token.Segments.ToArray().Count(s => s.Role == SegmentRole.Stem);
                Assert.True(stems == 1 || (stems == 0 && token.Segments.Length == 1), token.Key);
                if (token.Kind == TokenKind.Word)
                {
                    words++;
                    split += token.Segments.Length > 1 ? 1 : 0;
                }
            }
        }

        // About half of the words of Arabic news carry a clitic (mostly ال and و); far fewer or far more means
        // the segmenter or its lexicon is broken.
        Assert.InRange((double)split / words, 0.35, 0.65);
    }
}
