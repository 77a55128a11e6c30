using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class NerModelTests
{
    /// <summary>Invented sentences, tagged by hand (also trained on by <see cref="NerNetworkTests"/>).</summary>
    internal static List<LabeledSentence> Sentences() => ConllReader.Read(new StringReader("""
        قال O
        الرئيس O
        سامر B-PERS
        نادر I-PERS
        في O
        دمشق B-LOC
        . O

        زار O
        سامر B-PERS
        نادر I-PERS
        شركة B-ORG
        النور I-ORG
        في O
        حلب B-LOC

        وصل O
        الوزير O
        خالد B-PERS
        إلى O
        حلب B-LOC
        أمس O

        أعلنت O
        شركة B-ORG
        النور I-ORG
        عن O
        مؤتمر B-MISC
        الربيع I-MISC
        """), "invented", out _);

    internal static NerModel Train() =>
        new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(Sentences(), new TrainingOptions { Epochs = 8, WordDropout = 0 }, "test");

    [Fact]
    public void Training_learns_the_training_sentences()
    {
        var tagger = new NerTagger(Train());
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
        }
    }

    [Fact]
    public void Passive_aggressive_training_learns_the_training_sentences()
    {
        var options = new TrainingOptions { Epochs = 8, WordDropout = 0, Aggressiveness = 0.1, MissCost = 2 };
        var tagger = new NerTagger(new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(Sentences(), options, "test"));
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
        }
    }

    [Fact]
    public void A_second_order_model_learns_the_training_sentences_and_keeps_its_trigrams_through_saving()
    {
        var options = new TrainingOptions { Epochs = 8, WordDropout = 0, SecondOrder = true };
        var model = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(Sentences(), options, "test");
        var tagger = new NerTagger(model);
        Assert.True(tagger.IsSecondOrder);
        Assert.False(new NerTagger(Train()).IsSecondOrder);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = new NerTagger(NerModel.Load(ms, "memory"));
        Assert.True(loaded.IsSecondOrder);

        // Margins are first-order quantities: asking a second-order tagger for them is a one-line error.
        var forms = Sentences()[0].Words.Select(WordForms.Of).ToArray();
        Assert.Throws<Akhbar.Core.Diagnostics.BadInputException>(() => tagger.Tag(forms, new int[forms.Length], new float[forms.Length]));
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
            Assert.Equal(tagger.Tag(s.Words), loaded.Tag(s.Words));
        }
    }

    [Fact]
    public void Extra_sentences_teach_what_the_gold_ones_do_not_show()
    {
        var extra = ConllReader.Read(new StringReader("""
            وصل O
            الوزير O
            كريم B-PERS
            إلى O
            حمص B-LOC
            """), "invented", out _);
        var options = new TrainingOptions { Epochs = 8, WordDropout = 0, ExtraWeight = 0.5 };
        var tagger = new NerTagger(new PerceptronTrainer(new Gazetteer(), WordClusters.Empty).Train(Sentences(), options, "test", extra));
        Assert.Equal(["O", "O", "B-PERS", "O", "B-LOC"], tagger.Tag(extra[0].Words).Select(BioTags.Name));
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
        }
    }

    [Fact]
    public void The_mean_of_models_from_different_seeds_keeps_what_they_agree_on()
    {
        var trainer = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty);
        var models = Enumerable.Range(1, 3).Select(seed => trainer.Train(Sentences(), new TrainingOptions { Epochs = 8, WordDropout = 0, Seed = seed }, "test")).ToList();
        var mean = NerModel.Mean(models, "mean");
        Assert.Equal("mean", mean.Description);
        var tagger = new NerTagger(mean);
        foreach (var s in Sentences())
        {
            Assert.Equal(s.Tags.Select(BioTags.Name), tagger.Tag(s.Words).Select(BioTags.Name));
        }

        // The mean of one model is that model.
        var one = new NerTagger(NerModel.Mean([models[0]], "one"));
        string[] probe = ["قال", "الوزير", "نادر", "في", "حلب"];
        Assert.Equal(new NerTagger(models[0]).Tag(probe), one.Tag(probe));
    }

    [Fact]
    public void A_saved_and_loaded_model_predicts_exactly_the_same()
    {
        var model = Train().WithEntityBias(0.5f);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms, "memory");
        Assert.Equal(model.EntityBias, loaded.EntityBias);
        Assert.Equal("test", loaded.Description);
        var before = new NerTagger(model);
        var after = new NerTagger(loaded);
        string[][] probes =
        [
            .. Sentences().Select(s => s.Words),
            ["قال", "الوزير", "نادر", "في", "حلب"],
            ["أعلن", "مؤتمر", "دمشق", "عن", "شركة", "جديدة"],
        ];
        foreach (var words in probes)
        {
            Assert.Equal(before.Tag(words), after.Tag(words));
        }
    }

    [Fact]
    public void The_type_lexicon_travels_with_the_model()
    {
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort> { [Gazetteer.HashOf("نادر")] = TypeLexicon.Pack([4, 0, 0, 0]) });
        var model = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty, lexicon).Train(Sentences(), new TrainingOptions { Epochs = 4, WordDropout = 0 }, "test");
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms, "memory");
        Assert.Equal(1, loaded.Lexicon.StemCount);
        Assert.Equal(lexicon.CodeOf(Gazetteer.HashOf("نادر")), loaded.Lexicon.CodeOf(Gazetteer.HashOf("نادر")));
        string[] probe = ["وصل", "نادر", "إلى", "دمشق"];
        Assert.Equal(new NerTagger(model).Tag(probe), new NerTagger(loaded).Tag(probe));
    }

    [Fact]
    public void The_embedding_classes_travel_with_the_model_and_are_features()
    {
        var embedding = new WordClusters([4, 16], new Dictionary<uint, int> { [Gazetteer.HashOf("نادر")] = 0, [Gazetteer.HashOf("حلب")] = 1 }, [1, 9, 2, 3]);
        var model = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty, null, embedding).Train(Sentences(), new TrainingOptions { Epochs = 4, WordDropout = 0 }, "test");
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms, "memory");
        Assert.Equal(2, loaded.EmbeddingClasses.WordCount);
        Assert.Equal([4, 16], loaded.EmbeddingClasses.Sizes);
        Assert.Equal([1, 9], loaded.EmbeddingClasses.Of("نادر").ToArray());
        string[] probe = ["وصل", "نادر", "إلى", "حلب"];
        Assert.Equal(new NerTagger(model).Tag(probe), new NerTagger(loaded).Tag(probe));

        // A word's classes are among its own features, and a word without a vector says so.
        var features = new FeatureExtractor(new Gazetteer(), WordClusters.Empty, null, embedding);
        Span<uint> known = stackalloc uint[FeatureExtractor.MaxPerWord];
        Span<uint> unknown = stackalloc uint[FeatureExtractor.MaxPerWord];
        var withClasses = features.ExtractOwn(WordForms.FromKey("نادر"), known);
        var without = features.ExtractOwn(WordForms.FromKey("ماجد"), unknown);
        Assert.Equal(withClasses, without + 1);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_one_line_error()
    {
        using var ms = new MemoryStream([1, 2, 3, 4, 5]);
        var e = Assert.Throws<Akhbar.Core.Diagnostics.BadInputException>(() => NerModel.Load(ms, "junk.akm"));
        Assert.StartsWith("junk.akm:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
