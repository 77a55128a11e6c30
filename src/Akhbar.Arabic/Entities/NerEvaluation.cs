namespace Akhbar.Arabic.Entities;

/// <summary>Tags gold sentences and scores the result at entity level (<see cref="EntityScorer"/>).</summary>
public static class NerEvaluation
{
    public static EntityScorer Score(NerTagger tagger, IReadOnlyList<LabeledSentence> gold)
    {
        var scorer = new EntityScorer();
        foreach (var s in gold)
        {
            scorer.Add(s.Tags, tagger.Tag(s.Words));
        }

        return scorer;
    }
}
