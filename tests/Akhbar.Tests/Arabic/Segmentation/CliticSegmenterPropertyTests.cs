using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;
using Akhbar.Core.Text;
using CsCheck;

namespace Akhbar.Tests.Arabic.Segmentation;

public class CliticSegmenterPropertyTests
{
    // Clitic letters dominate on purpose, with hamza forms, teh marbuta, alef maqsura, a diacritic and tatweel.
    private const string Letters = "وفبلكسالهمينتكاأإآةىئؤرد\u064E\u064B\u0640";

    [Fact]
    public void Segments_of_any_Arabic_letter_string_tile_it_with_one_stem_at_most_and_clitics_in_order()
    {
        Gen.Char[Letters].Array[1, 12].Select(chars => new string(chars)).Sample(word =>
        {
            var key = ArabicFolding.Fold(word);
            var output = new List<Segment>();
            CliticSegmenter.Default.Segment(word, new TextSpan(0, word.Length), key, output);
            Assert.Equal(0, output[0].Span.Start);
            Assert.Equal(word.Length, output[^1].Span.End);
            for (var i = 1; i < output.Count; i++)
            {
                Assert.Equal(output[i - 1].Span.End, output[i].Span.Start);
                Assert.True(output[i].Span.Length > 0, word);
                Assert.True(output[i - 1].Role <= output[i].Role, word);
            }

            Assert.True(output.Count(s => s.Role == SegmentRole.Stem) <= 1, word);
        }, iter: 3000);
    }
}
