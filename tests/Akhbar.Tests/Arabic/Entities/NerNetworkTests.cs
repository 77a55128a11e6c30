using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class NerNetworkTests
{
    private static List<LabeledSentence> Sentences() => NerModelTests.Sentences();

    private static readonly TrainingOptions Hybrid = new() { Epochs = 8, WordDropout = 0.2, Hidden = 16, HiddenBucketBits = 10, HiddenRate = 0.05, HiddenLocalWeight = 0.5 };

    private static NerModel Train() => new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(Sentences(), Hybrid, "test");

    [Fact]
    public void A_hybrid_model_learns_the_training_sentences_and_keeps_its_network_through_saving()
    {
        var model = Train();
        Assert.NotNull(model.Network);
        var tagger = new NerTagger(model);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = new NerTagger(NerModel.Load(ms, "memory"));
        Assert.NotNull(loaded.Model.Network);
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
            var forms = s.Words.Select(WordForms.Of).ToArray();
            Assert.Equal(tagger.Emissions(forms), loaded.Emissions(forms));
        }
    }

    [Fact]
    public void Training_a_hybrid_model_twice_gives_the_same_model()
    {
        var forms = "وصل الرئيس سامر إلى دمشق أمس".Split(' ').Select(WordForms.Of).ToArray();
        Assert.Equal(new NerTagger(Train()).Emissions(forms), new NerTagger(Train()).Emissions(forms));
    }

    /// <summary>
    /// The tagger sums the network's first layer per distinct word and place (<see cref="CachedWord"/>); training
    /// sums each word's inputs as a list (<see cref="NerNetworkTrainer.Inputs"/>). Both must give the same scores,
    /// up to the order of float additions.
    /// </summary>
    [Fact]
    public void The_tagger_scores_the_network_as_training_does()
    {
        var model = Train();
        var linear = new NerTagger(model.WithNetwork(null));
        var hybrid = new NerTagger(model);
        var forms = "قال الوزير خالد نادر في حلب إن شركة النور".Split(' ').Select(WordForms.Of).ToArray();
        var expected = linear.Emissions(forms);
        var trainer = new NerNetworkTrainer(model.Network!, 0.1, 0);
        var inputs = NerNetworkTrainer.Inputs(model.Network!, hybrid.Features, forms);
        trainer.Forward(inputs, new bool[forms.Length], expected);
        var actual = hybrid.Emissions(forms);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 3);
        }

        Assert.NotEqual(linear.Emissions(forms), actual);
    }
}
