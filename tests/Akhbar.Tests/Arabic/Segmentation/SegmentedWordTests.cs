using Akhbar.Arabic.Segmentation;

namespace Akhbar.Tests.Arabic.Segmentation;

public class SegmentedWordTests
{
    [Fact]
    public void Parses_and_prints_the_plus_notation()
    {
        var word = SegmentedWord.Parse("و+ب+ال+تالي");
        Assert.NotNull(word);
        Assert.Equal("وبالتالي", word.Value.Word);
        Assert.Equal((1UL << 1) | (1UL << 2) | (1UL << 4), word.Value.Boundaries);
        Assert.Equal("و+ب+ال+تالي", word.Value.ToString());
    }

    [Theory]
    [InlineData("و++قال")]
    [InlineData("+قال")]
    [InlineData("")]
    public void Refuses_empty_segments(string text) => Assert.Null(SegmentedWord.Parse(text));

    [Fact]
    public void Scores_words_and_boundaries()
    {
        var score = new BoundaryScore();
        Assert.True(score.Add(0b10, 0b10));
        Assert.False(score.Add(0b110, 0b10));
        Assert.False(score.Add(0, 0b1000));
        Assert.Equal(3, score.Words);
        Assert.Equal(1, score.CorrectWords);
        Assert.Equal(3, score.GoldBoundaries);
        Assert.Equal(3, score.PredictedBoundaries);
        Assert.Equal(2, score.MatchedBoundaries);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }
}
