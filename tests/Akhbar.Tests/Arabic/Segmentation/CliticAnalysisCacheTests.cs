using Akhbar.Arabic.Segmentation;

namespace Akhbar.Tests.Arabic.Segmentation;

public class CliticAnalysisCacheTests
{
    [Fact]
    public void Finds_an_analysis_by_the_written_word()
    {
        var cache = new CliticAnalysisCache();
        var analysis = new CliticAnalysis(true, PrepositionClitic.Preposition, 2, 0);
        cache.Add("وبالتالي".AsSpan(), analysis);
        Assert.True(cache.TryGet("نص وبالتالي".AsSpan(3), out var found));
        Assert.Equal(analysis, found);
        Assert.False(cache.TryGet("وبالتالى".AsSpan(), out _));
    }

    [Fact]
    public void Stops_growing_at_its_capacity()
    {
        var cache = new CliticAnalysisCache();
        for (var i = 0; i < CliticAnalysisCache.Capacity + 10; i++)
        {
            cache.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture).AsSpan(), CliticAnalysis.Whole);
        }

        Assert.Equal(CliticAnalysisCache.Capacity, cache.Count);
    }

    [Fact]
    public void The_segmenter_gives_the_same_answer_from_its_cache()
    {
        var first = new List<Akhbar.Core.Model.Segment>();
        var second = new List<Akhbar.Core.Model.Segment>();
        const string text = "وبلاده";
        var span = new Akhbar.Core.Model.TextSpan(0, text.Length);
        CliticSegmenter.Default.Segment(text, span, Akhbar.Core.Text.ArabicFolding.Fold(text), first);
        CliticSegmenter.Default.Segment(text, span, Akhbar.Core.Text.ArabicFolding.Fold(text), second);
        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
    }
}
