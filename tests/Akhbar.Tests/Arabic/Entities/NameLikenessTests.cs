using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class NameLikenessTests
{
    /// <summary>Invented stems: Russian-looking surnames, places in -ستان, ordinary words.</summary>
    private static List<NameLikenessLearner.Example> Examples() =>
    [
        .. new[] { "بتروف", "سميرنوف", "ايفانوف", "كوزلوف", "سوكولوف", "بوبوف", "ليبيديف", "نوفيكوف" }.Select(s => new NameLikenessLearner.Example(s, 0)),
        .. new[] { "كازاخستان", "طاجيكستان", "داغستان", "تترستان", "بلوشستان", "كردستان" }.Select(s => new NameLikenessLearner.Example(s, 1)),
        .. new[] { "كتاب", "مدرسه", "قال", "اعلن", "حكومه", "جديد", "كبير", "يوم", "سنه", "اجتماع", "وزير", "مدينه" }.Select(s => new NameLikenessLearner.Example(s, NameLikeness.Outside)),
    ];

    private static NameLikeness Learned() =>
        NameLikenessLearner.Learn(Examples(), new NameLikenessOptions { HashBuckets = 1 << 12, Epochs = 40, LearningRate = 0.2, HeldOut = 0 });

    [Fact]
    public void A_stem_yields_its_letter_n_grams_with_the_edges_marked()
    {
        Span<uint> grams = stackalloc uint[NameLikeness.MaxGrams];

        // "^بوتين$" has 7 characters: 6 bigrams, 5 trigrams, 4 four-grams and 3 five-grams.
        var n = NameLikeness.Grams("بوتين", grams);
        Assert.Equal(18, n);
        var inner = NameLikeness.Grams("بوتي", grams[n..]);
        Assert.Equal(14, inner);

        // The same letters at the end of a word and inside one are different n-grams.
        Assert.DoesNotContain(grams[n + inner - 1], grams[..n].ToArray());

        // Very long tokens are cut, so a stem never yields more than MaxGrams.
        Assert.True(NameLikeness.Grams(new string('ب', 200), grams) <= NameLikeness.MaxGrams);
    }

    [Theory]
    [InlineData(0f, 0)]
    [InlineData(0.049f, 0)]
    [InlineData(0.05f, 1)]
    [InlineData(0.2f, 2)]
    [InlineData(0.4f, 3)]
    [InlineData(0.6f, 4)]
    [InlineData(0.95f, 5)]
    public void Probabilities_fall_into_rising_buckets(float p, int bucket) =>
        Assert.Equal(bucket, NameLikeness.BucketOf(p));

    [Fact]
    public void The_most_likely_name_type_leaves_out_the_no_name_class()
    {
        Assert.Equal(2, NameLikeness.MostLikelyName([0.1f, 0.05f, 0.2f, 0.05f, 0.6f]));
        Assert.Equal(0, NameLikeness.MostLikelyName([0.1f, 0.1f, 0.1f, 0.1f, 0.6f]));
    }

    [Theory]
    [InlineData(4, 0, 0, 0, 0)]
    [InlineData(1, 3, 0, 0, 1)]
    [InlineData(0, 0, 0, 0, NameLikeness.Outside)]
    [InlineData(2, 0, 0, 0, -1)]
    [InlineData(3, 3, 0, 0, -1)]
    public void The_lexicon_names_a_class_only_where_it_is_clear(int pers, int loc, int org, int misc, int expected) =>
        Assert.Equal(expected, NameLikenessLearner.ClassOf(TypeLexicon.Pack([pers, loc, org, misc])));

    [Fact]
    public void Name_lists_give_their_one_type_and_titles_none()
    {
        Assert.Equal(0, NameLikenessLearner.ClassOf(GazetteerTypes.Person));
        Assert.Equal(2, NameLikenessLearner.ClassOf(GazetteerTypes.Organization));
        Assert.Equal(-1, NameLikenessLearner.ClassOf(GazetteerTypes.Title));
        Assert.Equal(-1, NameLikenessLearner.ClassOf(GazetteerTypes.Person | GazetteerTypes.Location));
    }

    [Fact]
    public void Unseen_stems_are_scored_by_how_they_are_spelt()
    {
        var scorer = Learned();
        Span<float> p = stackalloc float[NameLikeness.Classes];
        scorer.Probabilities("مولوتوف", p);
        Assert.True(p[0] > p[NameLikeness.Outside], "a surname in -وف looks like a person");
        Assert.Equal(1f, p.ToArray().Sum(), 3);
        scorer.Probabilities("قرغيزستان", p);
        Assert.True(p[1] > p[0] && p[1] > p[NameLikeness.Outside], "a word in -ستان looks like a place");
    }

    [Fact]
    public void Learning_is_repeatable()
    {
        Span<float> a = stackalloc float[NameLikeness.Classes];
        Span<float> b = stackalloc float[NameLikeness.Classes];
        Learned().Probabilities("كوروليوف", a);
        Learned().Probabilities("كوروليوف", b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Examples_come_from_the_stems_the_lexicon_reads_clearly_and_from_the_name_lists()
    {
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort>
        {
            [Gazetteer.HashOf("سامر")] = TypeLexicon.Pack([4, 0, 0, 0]),
            [Gazetteer.HashOf("قال")] = TypeLexicon.Pack([0, 0, 0, 0]),
            [Gazetteer.HashOf("نور")] = TypeLexicon.Pack([2, 1, 0, 0]),
            [Gazetteer.HashOf("زار")] = TypeLexicon.Pack([0, 0, 0, 0]),
        });
        string[] texts = ["قال سامر إن نور زار", "وقال سامر ونور"];
        (IReadOnlyList<string>, GazetteerTypes)[] names =
        [
            (NerResources.KeysOf("بحيرة طبريا"), GazetteerTypes.Location),
            (NerResources.KeysOf("الرئيس"), GazetteerTypes.Title),
        ];
        var examples = NameLikenessLearner.Examples(texts, lexicon, names, minCount: 2);

        // سامر (twice, a person) and قال (twice with its conjunction, never a name); نور is unclear; زار and إن
        // are seen once.
        Assert.Contains(new NameLikenessLearner.Example("سامر", 0), examples);
        Assert.Contains(new NameLikenessLearner.Example("قال", NameLikeness.Outside), examples);
        Assert.DoesNotContain(examples, e => e.Stem is "نور" or "زار" or "ان");
        Assert.Contains(new NameLikenessLearner.Example("بحيره", 1), examples);
        Assert.Contains(new NameLikenessLearner.Example("طبريا", 1), examples);
        Assert.DoesNotContain(examples, e => e.Stem == "رئيس");
    }

    [Fact]
    public void Arabic_words_get_a_bucket_per_type_and_the_best_type_apart_for_words_the_lexicon_knows()
    {
        var scorer = Learned();
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort> { [Gazetteer.HashOf("بتروف")] = TypeLexicon.Pack([4, 0, 0, 0]) });
        var plain = new FeatureExtractor(new Gazetteer(), WordClusters.Empty, lexicon);
        var with = new FeatureExtractor(new Gazetteer(), WordClusters.Empty, lexicon, null, scorer);
        var f = new uint[FeatureExtractor.MaxPerWord];
        var g = new uint[FeatureExtractor.MaxPerWord];

        var word = WordForms.FromKey("سميرنوف");
        Assert.Equal(plain.ExtractOwn(word, f) + 5, with.ExtractOwn(word, g));

        // Latin words and numbers have no Arabic letters to read.
        Assert.Equal(plain.ExtractOwn(WordForms.Of("Moscow"), f), with.ExtractOwn(WordForms.Of("Moscow"), g));

        // "بتروف" is in the lexicon and "ايفانوف" not: both look like persons, but their best-type features differ,
        // while the per-type buckets may be shared.
        var known = g[..with.ExtractOwn(WordForms.FromKey("بتروف"), g)];
        var unknown = f[..with.ExtractOwn(WordForms.FromKey("ايفانوف"), f)];
        Assert.NotEqual(known[^1], unknown[^1]);
    }

    [Fact]
    public void The_scorer_travels_with_the_model()
    {
        var scorer = Learned();
        var sentences = ConllReader.Read(new StringReader("""
            قال O
            سميرنوف B-PERS
            إن O
            كتاب O
            """), "invented", out _);
        var model = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty, null, null, scorer).Train(sentences, new TrainingOptions { Epochs = 3, WordDropout = 0 }, "test");
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = NerModel.Load(ms, "memory");
        Assert.Equal(scorer.BucketCount, loaded.NameLikeness.BucketCount);
        Span<float> a = stackalloc float[NameLikeness.Classes];
        Span<float> b = stackalloc float[NameLikeness.Classes];
        scorer.Probabilities("كوزلوف", a);
        loaded.NameLikeness.Probabilities("كوزلوف", b);
        for (var k = 0; k < NameLikeness.Classes; k++)
        {
            // Stored as half-precision floats.
            Assert.Equal(a[k], b[k], 2);
        }

        string[] probe = ["قال", "بوبوف", "إن"];
        Assert.Equal(new NerTagger(model).Tag(probe), new NerTagger(loaded).Tag(probe));
    }

    [Fact]
    public void A_word_next_to_an_arabic_word_learns_what_its_neighbour_looks_like()
    {
        var scorer = Learned();
        var plain = new FeatureExtractor(new Gazetteer(), WordClusters.Empty);
        var with = new FeatureExtractor(new Gazetteer(), WordClusters.Empty, null, null, scorer);
        var f = new uint[FeatureExtractor.MaxPerWord];
        var neighbour = WordForms.FromKey("ايفانوف");
        foreach (var offset in new[] { -1, 1 })
        {
            Assert.Equal(plain.ExtractNeighbour(neighbour, plain.HashesOf(neighbour), offset, f) + 1, with.ExtractNeighbour(neighbour, with.HashesOf(neighbour), offset, f));
        }

        // Two places away the neighbour's letters say nothing more.
        Assert.Equal(plain.ExtractNeighbour(neighbour, plain.HashesOf(neighbour), 2, f), with.ExtractNeighbour(neighbour, with.HashesOf(neighbour), 2, f));
    }

    [Fact]
    public void The_tagger_s_cached_scores_include_the_name_likeness_features()
    {
        var sentences = ConllReader.Read(new StringReader("""
            قال O
            سميرنوف B-PERS
            إن O
            كتاب O

            زار O
            الوزير O
            كازاخستان B-LOC
            """), "invented", out _);
        var model = new PerceptronTrainer(new Gazetteer(), WordClusters.Empty, null, null, Learned()).Train(sentences, new TrainingOptions { Epochs = 3, WordDropout = 0 }, "test");
        var tagger = new NerTagger(model);
        var words = "قال الوزير بتروف إن طاجيكستان كتاب".Split(' ').Select(WordForms.Of).ToArray();
        var features = new uint[words.Length * FeatureExtractor.MaxPerWord];
        var counts = new int[words.Length];
        tagger.Features.Extract(words, features, counts);
        var expected = new float[words.Length * BioTags.Count];
        for (var i = 0; i < words.Length; i++)
        {
            model.Score(features.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]), expected.AsSpan(i * BioTags.Count, BioTags.Count));
        }

        var actual = tagger.Emissions(words);
        Assert.All(Enumerable.Range(0, expected.Length), c => Assert.True(Math.Abs(expected[c] - actual[c]) <= 1e-3f, $"score {c}: {expected[c]} against {actual[c]}"));
    }

    [Fact]
    public void A_file_that_is_not_a_scorer_is_a_one_line_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2]);
            var e = Assert.Throws<Akhbar.Core.Diagnostics.BadInputException>(() => NameLikeness.Load(path));
            Assert.DoesNotContain('\n', e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
