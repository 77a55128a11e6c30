namespace Akhbar.Arabic.Entities;

/// <summary>Settings of <see cref="PseudoLabeler"/>.</summary>
public sealed record PseudoLabelOptions
{
    /// <summary>At most this many sentences are kept, drawn evenly from all the confident ones.</summary>
    public int MaxSentences { get; init; } = 20_000;

    /// <summary>
    /// A sentence is kept when every word's tag wins by at least this margin (<see cref="TagMargins"/>), in
    /// units of the model's mean weight magnitude (<see cref="NerModel.WeightScale"/>), so that the threshold
    /// means the same for models trained with different step sizes.
    /// </summary>
    public double MinMargin { get; init; } = 2;

    public int MinWords { get; init; } = 6;

    public int MaxWords { get; init; } = 50;

    /// <summary>Keep only sentences in which the model found at least one name.</summary>
    public bool RequireName { get; init; } = true;

    /// <summary>Seed of the even draw among the confident sentences.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Self-training data: tags unlabeled text with a trained model and keeps the sentences it tags with
/// confidence, as labeled sentences for another round of training. What the model reads confidently
/// from a context it already knows ("قال الرئيس" + a name) then teaches the next model the names and the
/// contexts that co-occur with them in text the gold corpus never covered.
/// </summary>
public static class PseudoLabeler
{
    /// <summary>
    /// With a <paramref name="second"/> tagger (a model that reads the text another way, such as the context
    /// model that seldom saw word identities), a sentence is kept only where both tag every word alike: two
    /// views that agree are wrong less often than one confident view (co-training).
    /// </summary>
    public static List<LabeledSentence> Label(NerTagger tagger, IEnumerable<string> texts, PseudoLabelOptions options, TextWriter? log = null, NerTagger? second = null)
    {
        var threshold = (float)(options.MinMargin * tagger.Model.WeightScale);
        var random = new Random(options.Seed);
        var kept = new List<LabeledSentence>();
        var forms = new List<WordForms>();
        var tags = new int[options.MaxWords];
        var margins = new float[options.MaxWords];
        var secondTags = new int[options.MaxWords];
        long sentences = 0, eligible = 0, confident = 0;
        foreach (var text in texts)
        {
            foreach (var sentence in TypeLexiconBuilder.Sentences(text, forms))
            {
                sentences++;
                var n = sentence.Count;
                if (n < options.MinWords || n > options.MaxWords || !MostlyWords(sentence))
                {
                    continue;
                }

                eligible++;
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentence);
                tagger.Tag(span, tags.AsSpan(0, n), margins.AsSpan(0, n));
                if ((options.RequireName && !tags.AsSpan(0, n).ContainsAnyExcept(BioTags.Outside)) || Min(margins.AsSpan(0, n)) < threshold)
                {
                    continue;
                }

                if (second is not null)
                {
                    second.Tag(span, secondTags.AsSpan(0, n));
                    if (!secondTags.AsSpan(0, n).SequenceEqual(tags.AsSpan(0, n)))
                    {
                        continue;
                    }
                }

                // Reservoir sampling: every confident sentence has the same chance to be kept.
                confident++;
                var labeled = new LabeledSentence([.. sentence.Select(w => w.Key)], tags.AsSpan(0, n).ToArray());
                if (kept.Count < options.MaxSentences)
                {
                    kept.Add(labeled);
                }
                else
                {
                    var slot = random.NextInt64(confident);
                    if (slot < options.MaxSentences)
                    {
                        kept[(int)slot] = labeled;
                    }
                }
            }
        }

        log?.WriteLine($"pseudo-labels: {sentences:N0} sentences, {eligible:N0} of {options.MinWords}-{options.MaxWords} words, {confident:N0} confident (margin >= {threshold:G3}{(options.RequireName ? ", with a name" : "")}{(second is null ? "" : ", both models agree")}), {kept.Count:N0} kept");
        return kept;
    }

    /// <summary>Whether most tokens are words: lists, tables and reference lines are mostly marks and digits.</summary>
    private static bool MostlyWords(List<WordForms> sentence)
    {
        var words = 0;
        foreach (var w in sentence)
        {
            if (w.Shape == WordShape.Arabic)
            {
                words++;
            }
        }

        return words * 4 >= sentence.Count * 3;
    }

    private static float Min(ReadOnlySpan<float> values)
    {
        var min = float.PositiveInfinity;
        foreach (var v in values)
        {
            min = MathF.Min(min, v);
        }

        return min;
    }
}
