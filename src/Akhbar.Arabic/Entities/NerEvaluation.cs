namespace Akhbar.Arabic.Entities;

/// <summary>Tags gold sentences and scores the result at entity level (<see cref="EntityScorer"/>).</summary>
public static class NerEvaluation
{
    /// <summary>
    /// Gold files have no article boundaries, so <paramref name="documentSentences"/> consecutive
    /// sentences stand for an article when names are propagated (<see cref="NamePropagation"/>); 0 tags
    /// each sentence alone.
    /// </summary>
    public static EntityScorer Score(NerTagger tagger, IReadOnlyList<LabeledSentence> gold, int documentSentences = 0) =>
        Score(gold, Predict(tagger, gold, documentSentences));

    /// <summary>Scores tags already predicted by <see cref="Predict"/>, one array per gold sentence.</summary>
    public static EntityScorer Score(IReadOnlyList<LabeledSentence> gold, IReadOnlyList<int[]> predicted)
    {
        var scorer = new EntityScorer();
        for (var i = 0; i < gold.Count; i++)
        {
            scorer.Add(gold[i].Tags, predicted[i]);
        }

        return scorer;
    }

    /// <summary>The tags that <see cref="Score"/> scores, one array per gold sentence: the tagger's, then the run-time rules'.</summary>
    public static List<int[]> Predict(NerTagger tagger, IReadOnlyList<LabeledSentence> gold, int documentSentences = 0)
    {
        var predicted = new List<int[]>(gold.Count);
        var linking = Linking.LinkingResources.Default;
        var step = Math.Max(1, documentSentences);
        for (var start = 0; start < gold.Count; start += step)
        {
            var block = gold.Skip(start).Take(step).ToList();
            var forms = block.Select(s => s.Words.Select(WordForms.Of).ToArray()).ToList();
            var tags = forms.Select(f =>
            {
                var t = new int[f.Length];
                tagger.Tag(f, t);
                return t;
            }).ToList();
            PlaceRule.Apply(forms, tags, NerResources.RuleGazetteer, Linking.PlaceCommonWords.Default);
            CoordinatedNames.Apply(forms, tags, linking);
            QuotedNames.Apply(forms, tags);
            if (documentSentences > 0)
            {
                NamePropagation.Apply(forms, tags);
            }

            predicted.AddRange(tags);
        }

        return predicted;
    }
}
