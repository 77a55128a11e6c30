using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>
/// The tagger reads most of its scores from per-word sums (<see cref="ScoreCache"/>, <see cref="CachedWord"/>);
/// these tests hold them to the plain path: every feature of <see cref="FeatureExtractor.Extract"/> scored one
/// by one. Summed in another order, floats may differ in their last bit, hence the tolerance.
/// </summary>
public class ScoreCacheTests
{
    private const float Tolerance = 1e-3f;

    private static readonly string[] Sentences =
    [
        "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل ذلك",
        "وصل الرئيس الأمريكي إلى بغداد أمس قادما من عمان",
        "أعلنت الأمم المتحدة أن المساعدات وصلت إلى الموصل وبغداد ولبنان",
        "نقلت وكالة Reuters عن مسؤول في شركة Apple قوله إن apple ستعلن النتائج",
        "التقى نظيره الألماني في برلين , وقال : إن 2024 كان عاما صعبا",
        "بوتين",
        "قال بوتين إن بوتين لن يترشح وقال بوتين ذلك مرة أخرى",
    ];

    /// <summary>The scores of the plain path: all features of each word, looked up one by one.</summary>
    private static float[] Uncached(NerTagger tagger, WordForms[] words)
    {
        var features = new uint[words.Length * FeatureExtractor.MaxPerWord];
        var counts = new int[words.Length];
        tagger.Features.Extract(words, features, counts);
        var scores = new float[words.Length * BioTags.Count];
        for (var i = 0; i < words.Length; i++)
        {
            tagger.Model.Score(features.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]), scores.AsSpan(i * BioTags.Count, BioTags.Count));
        }

        return scores;
    }

    private static WordForms[] Words(string sentence) => [.. sentence.Split(' ').Select(WordForms.Of)];

    [Fact]
    public void Cached_scores_are_those_of_every_feature_scored_one_by_one()
    {
        var tagger = NerTagger.Default;

        // Twice: the first time the words are scored and kept, the second time they are read back.
        for (var round = 0; round < 2; round++)
        {
            foreach (var sentence in Sentences)
            {
                var words = Words(sentence);
                var expected = Uncached(tagger, words);
                var actual = tagger.Emissions(words);
                Assert.Equal(expected.Length, actual.Length);
                for (var c = 0; c < expected.Length; c++)
                {
                    Assert.True(Math.Abs(expected[c] - actual[c]) <= Tolerance, $"{sentence}: word {c / BioTags.Count}, tag {c % BioTags.Count}: {expected[c]} against {actual[c]}");
                }
            }
        }
    }

    [Fact]
    public void Long_sentences_are_scored_and_tagged_as_short_ones()
    {
        // Past the lengths whose working memory is kept on the stack (gazetteer marks, Viterbi lattice).
        var tagger = NerTagger.Default;
        var words = Words(string.Join(' ', Enumerable.Repeat(Sentences[0] + " و" + Sentences[2], 20)));
        Assert.True(words.Length > 300);
        var expected = Uncached(tagger, words);
        var actual = tagger.Emissions(words);
        Assert.All(Enumerable.Range(0, expected.Length), c => Assert.True(Math.Abs(expected[c] - actual[c]) <= Tolerance));

        var tags = new int[words.Length];
        tagger.Tag(words, tags);
        var plain = new int[words.Length];
        ViterbiDecoder.Decode(expected, tagger.Model.Transitions, plain);
        Assert.Equal(plain, tags);
    }

    [Fact]
    public void A_word_is_made_once_and_kept_apart_from_its_capitalized_spelling()
    {
        var tagger = NerTagger.Default;
        var cache = new ScoreCache(tagger.Features, tagger.Model);
        var first = cache.Word(WordForms.Of("لافروف"));
        Assert.Same(first, cache.Word(WordForms.Of("لافروف")));
        var lower = cache.Word(WordForms.Of("apple"));
        var capital = cache.Word(WordForms.Of("Apple"));
        Assert.NotSame(lower, capital);
        Assert.False(lower.Own.SequenceEqual(capital.Own));
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void A_full_cache_is_emptied_and_its_words_made_again_alike()
    {
        var tagger = NerTagger.Default;
        var cache = new ScoreCache(tagger.Features, tagger.Model, capacity: 4);
        var before = cache.Word(WordForms.Of("موسكو"));
        foreach (var word in "قال وزير الخارجية الروسي سيرغي لافروف".Split(' '))
        {
            cache.Word(WordForms.Of(word));
            Assert.InRange(cache.Count, 1, 4);
        }

        var after = cache.Word(WordForms.Of("موسكو"));
        Assert.NotSame(before, after);
        Assert.Equal(before.Own.ToArray(), after.Own.ToArray());
        foreach (var offset in (int[])[-2, -1, 1, 2])
        {
            Assert.Equal(before.AtOffset(offset).ToArray(), after.AtOffset(offset).ToArray());
        }
    }

    [Fact]
    public void A_cached_word_sums_exactly_its_own_and_neighbour_features()
    {
        var tagger = NerTagger.Default;
        var forms = WordForms.Of("والروسي");
        var word = new CachedWord(forms, tagger.Features, tagger.Model);
        var f = new uint[FeatureExtractor.MaxPerWord];
        var own = new float[BioTags.Count];
        tagger.Model.AddWeights(f.AsSpan(0, tagger.Features.ExtractOwn(forms, f)), own);
        Assert.Equal(own, word.Own.ToArray());
        var left = new float[BioTags.Count];
        tagger.Model.AddWeights(f.AsSpan(0, tagger.Features.ExtractNeighbour(forms, word.Hashes, -1, f)), left);
        Assert.Equal(left, word.AtOffset(-1).ToArray());
    }
}
