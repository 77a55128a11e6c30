using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class PseudoLabelerTests
{
    private static readonly string[] Texts = ["قال الرئيس سامر نادر في دمشق أمس. وصل الوزير خالد إلى حلب أمس صباحا.", "هذه جملة قصيرة جدا بلا أي اسم فيها أبدا."];

    [Fact]
    public void Confident_sentences_with_names_are_kept_with_the_model_s_tags()
    {
        var tagger = new NerTagger(NerModelTests.Train());
        var kept = PseudoLabeler.Label(tagger, Texts, new PseudoLabelOptions { MinMargin = 0 });
        Assert.NotEmpty(kept);
        foreach (var s in kept)
        {
            Assert.Contains(s.Tags, t => t != BioTags.Outside);
            Assert.Equal(tagger.Tag(s.Words), s.Tags);
        }
    }

    [Fact]
    public void Nameless_sentences_are_kept_only_when_asked_and_a_high_margin_keeps_nothing()
    {
        var tagger = new NerTagger(NerModelTests.Train());
        Assert.Equal(3, PseudoLabeler.Label(tagger, Texts, new PseudoLabelOptions { MinMargin = 0, RequireName = false }).Count);
        Assert.Empty(PseudoLabeler.Label(tagger, Texts, new PseudoLabelOptions { MinMargin = 1000 }));
    }

    [Fact]
    public void At_most_the_requested_number_of_sentences_is_kept()
    {
        var tagger = new NerTagger(NerModelTests.Train());
        var many = Enumerable.Repeat(Texts[0], 20);
        Assert.Equal(5, PseudoLabeler.Label(tagger, many, new PseudoLabelOptions { MinMargin = 0, MaxSentences = 5 }).Count);
    }

    [Fact]
    public void With_a_second_model_only_the_sentences_both_tag_alike_are_kept()
    {
        var tagger = new NerTagger(NerModelTests.Train());
        var options = new PseudoLabelOptions { MinMargin = 0 };
        Assert.Equal(PseudoLabeler.Label(tagger, Texts, options).Count, PseudoLabeler.Label(tagger, Texts, options, second: tagger).Count);

        // A model that has only seen a sentence without names tags every word O, so it agrees with no sentence that has one.
        var nameless = new[] { new LabeledSentence(["قال", "الوزير", "أمس"], [BioTags.Outside, BioTags.Outside, BioTags.Outside]) };
        var blind = new NerTagger(new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(nameless, new TrainingOptions { Epochs = 1, WordDropout = 0 }, "test"));
        Assert.Empty(PseudoLabeler.Label(tagger, Texts, options, second: blind));
    }
}
