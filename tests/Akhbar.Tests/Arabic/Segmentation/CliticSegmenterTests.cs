using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Tests.Arabic.Segmentation;

public class CliticSegmenterTests
{
    private static string Segment(string word)
    {
        var output = new List<Segment>();
        CliticSegmenter.Default.Segment(word, new TextSpan(0, word.Length), ArabicFolding.Fold(word), output);
        Assert.Equal(0, output[0].Span.Start);
        Assert.Equal(word.Length, output[^1].Span.End);
        for (var i = 1; i < output.Count; i++)
        {
            Assert.Equal(output[i - 1].Span.End, output[i].Span.Start);
        }

        return string.Join("+", output.Select(s => s.Span.Slice(word)));
    }

    [Theory]
    [InlineData("وبغداد", "و+بغداد")]
    [InlineData("لروسيا", "ل+روسيا")]
    [InlineData("والرئيس", "و+ال+رئيس")]
    [InlineData("وبالتالي", "و+ب+ال+تالي")]
    [InlineData("للمساعدات", "ل+ل+مساعدات")]
    [InlineData("بلاده", "بلاد+ه")]
    [InlineData("نظيره", "نظير+ه")]
    [InlineData("وأضاف", "و+أضاف")]
    [InlineData("الاتفاقية", "ال+اتفاقية")]
    public void Splits_clitic_chains(string word, string expected) => Assert.Equal(expected, Segment(word));

    [Theory]
    [InlineData("بغداد")]
    [InlineData("لافروف")]
    [InlineData("وزير")]
    [InlineData("بيروت")]
    [InlineData("فلسطين")]
    [InlineData("سيرغي")]
    [InlineData("كامل")]
    [InlineData("وزارة")]
    [InlineData("الله")]
    public void Keeps_words_that_only_look_like_clitic_chains_whole(string word) => Assert.Equal(word, Segment(word));
}
