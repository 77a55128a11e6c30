namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags a sentence with BIO tags: features from <see cref="FeatureExtractor"/>, scores from a
/// <see cref="NerModel"/>, best valid sequence from <see cref="ViterbiDecoder"/>. Thread-safe.
/// </summary>
public sealed class NerTagger
{
    public NerTagger(NerModel model)
    {
        Model = model;
        Features = new FeatureExtractor(model.Gazetteer, model.Clusters, model.Lexicon);
    }

    public NerModel Model { get; }

    public FeatureExtractor Features { get; }

    /// <summary>The tagger with the model and gazetteers that ship in Akhbar.Resources.</summary>
    public static NerTagger Default => DefaultHolder.Instance;

    public int[] Tag(IReadOnlyList<string> words)
    {
        var forms = new WordForms[words.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = WordForms.Of(words[i]);
        }

        var tags = new int[forms.Length];
        Tag(forms, tags);
        return tags;
    }

    public void Tag(ReadOnlySpan<WordForms> words, Span<int> tags)
    {
        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var features = new uint[n * FeatureExtractor.MaxPerWord];
        var counts = new int[n];
        Features.Extract(words, features, counts);
        var emissions = new float[n * BioTags.Count];
        for (var i = 0; i < n; i++)
        {
            Model.Score(features.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]), emissions.AsSpan(i * BioTags.Count, BioTags.Count));
        }

        ViterbiDecoder.Decode(emissions, Model.Transitions, tags);
    }

    private static class DefaultHolder
    {
        public static readonly NerTagger Instance = new(NerResources.LoadModel());
    }
}
