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
    public void Tells_apart_words_that_differ_in_one_letter_at_any_length()
    {
        // Short words are compared inside the table's slot, long ones against their text: every length and position
        // must count.
        var cache = new CliticAnalysisCache();
        var words = new List<string>();
        for (var length = 1; length <= 20; length++)
        {
            var letters = new string('ب', length).ToCharArray();
            words.Add(new string(letters));
            for (var at = 0; at < length; at++)
            {
                var changed = (char[])letters.Clone();
                changed[at] = 'ت';
                words.Add(new string(changed));
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            cache.Add(words[i].AsSpan(), new CliticAnalysis(false, PrepositionClitic.None, 0, (byte)(i % 200)), words[i]);
        }

        Assert.Equal(words.Count, cache.Count);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(cache.TryGet(("x " + words[i] + " y").AsSpan(2, words[i].Length), out var analysis, out var key));
            Assert.Equal(i % 200, analysis.EncliticLength);
            Assert.Same(words[i], key);
        }

        Assert.False(cache.TryGet(new string('ب', 21).AsSpan(), out _));
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
