using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class TypeLexiconTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.019, 0)]
    [InlineData(0.02, 1)]
    [InlineData(0.1, 2)]
    [InlineData(0.29, 2)]
    [InlineData(0.3, 3)]
    [InlineData(0.6, 4)]
    [InlineData(1.0, 4)]
    public void Shares_fall_into_rising_buckets(double share, int bucket) =>
        Assert.Equal(bucket, TypeLexicon.BucketOf(share));

    [Fact]
    public void Each_type_keeps_its_own_bucket_in_the_packed_code()
    {
        var code = TypeLexicon.Pack([4, 0, 2, 1]);
        Assert.Equal(4, TypeLexicon.BucketIn(code, 0));
        Assert.Equal(0, TypeLexicon.BucketIn(code, 1));
        Assert.Equal(2, TypeLexicon.BucketIn(code, 2));
        Assert.Equal(1, TypeLexicon.BucketIn(code, 3));
        Assert.Throws<ArgumentException>(() => TypeLexicon.Pack([1, 2]));
    }

    [Fact]
    public void A_saved_lexicon_loads_with_the_same_codes()
    {
        var known = Gazetteer.HashOf("لافروف");
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort> { [known] = TypeLexicon.Pack([4, 0, 0, 0]), [7] = 0 });
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lexicon.Save(w);
        }

        ms.Position = 0;
        using var r = new BinaryReader(ms);
        var loaded = TypeLexicon.Load(r);
        Assert.Equal(2, loaded.StemCount);
        Assert.Equal(lexicon.CodeOf(known), loaded.CodeOf(known));
        Assert.Equal(0, loaded.CodeOf(7));
        Assert.Equal(-1, loaded.CodeOf(Gazetteer.HashOf("غيره")));
    }

    [Fact]
    public void A_corpus_text_splits_into_sentences_of_words_and_marks()
    {
        var sentences = TypeLexiconBuilder.Sentences("قال بوتين: نعم. وصل الوزير\nأمس", [])
            .Select(s => s.Select(w => w.Key).ToArray())
            .ToList();
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["قال", "بوتين", ":", "نعم", "."], sentences[0]);
        Assert.Equal(["وصل", "الوزير"], sentences[1]);
        Assert.Equal(["امس"], sentences[2]);
    }

    [Fact]
    public void Built_from_a_tagger_the_lexicon_records_what_the_names_were_read_as()
    {
        var model = NerModelTests.Train();
        var texts = Enumerable.Repeat("قال الرئيس سامر نادر في دمشق. وصل الوزير خالد إلى حلب أمس.", 3);
        var lexicon = TypeLexiconBuilder.Build(new NerTagger(model), texts, minCount: 3);
        var samer = lexicon.CodeOf(Gazetteer.HashOf("سامر"));
        var aleppo = lexicon.CodeOf(Gazetteer.HashOf("حلب"));
        var said = lexicon.CodeOf(Gazetteer.HashOf("قال"));
        Assert.Equal(4, TypeLexicon.BucketIn(samer, 0));
        Assert.Equal(0, TypeLexicon.BucketIn(samer, 1));
        Assert.Equal(4, TypeLexicon.BucketIn(aleppo, 1));
        Assert.Equal(TypeLexicon.Pack([0, 0, 0, 0]), said);
        Assert.Equal(-1, lexicon.CodeOf(Gazetteer.HashOf("غائب")));
    }
}
