using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class FeatureExtractorTests
{
    private static uint[][] Features(FeatureExtractor extractor, string sentence)
    {
        var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
        var buffer = new uint[words.Length * FeatureExtractor.MaxPerWord];
        var counts = new int[words.Length];
        extractor.Extract(words, buffer, counts);
        return [.. Enumerable.Range(0, words.Length).Select(i => buffer.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]).ToArray())];
    }

    private static FeatureExtractor Plain() => new(new Gazetteer(), WordClusters.Empty);

    [Fact]
    public void Features_are_a_pure_function_of_the_sentence()
    {
        var a = Features(Plain(), "قال الرئيس فلاديمير بوتين");
        var b = Features(Plain(), "قال الرئيس فلاديمير بوتين");
        Assert.Equal(a, b);
        Assert.All(a, word => Assert.Equal(word.Length, word.Distinct().Count()));
    }

    [Fact]
    public void A_word_s_own_features_and_its_context_features_are_together_all_its_features()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(NerResources.KeysOf("وزير الخارجية"), GazetteerTypes.Title);
        var extractor = new FeatureExtractor(gazetteer, WordClusters.Empty);
        var words = "قال وزير الخارجية سامر الروسي في لبنان".Split(' ').Select(WordForms.Of).ToArray();
        var all = Features(extractor, "قال وزير الخارجية سامر الروسي في لبنان");
        var context = new uint[words.Length * FeatureExtractor.MaxPerWord];
        var counts = new int[words.Length];
        extractor.ExtractContext(words, context, counts);
        var own = new uint[FeatureExtractor.MaxPerWord];
        for (var i = 0; i < words.Length; i++)
        {
            var ownCount = extractor.ExtractOwn(words[i], own);
            uint[] split = [.. own.AsSpan(0, ownCount), .. context.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i])];
            Assert.Equal(all[i].Order(), split.Order());
        }

        // The own features do not depend on the sentence.
        var alone = new uint[FeatureExtractor.MaxPerWord];
        var aloneCount = extractor.ExtractOwn(WordForms.Of("سامر"), alone);
        Assert.Equal(own.AsSpan(0, extractor.ExtractOwn(words[3], own)).ToArray(), alone.AsSpan(0, aloneCount).ToArray());
    }

    [Fact]
    public void The_same_word_in_another_context_shares_its_own_features_only()
    {
        var a = Features(Plain(), "زار بوتين موسكو")[1];
        var b = Features(Plain(), "قال بوتين اليوم")[1];
        var shared = a.Intersect(b).ToArray();
        Assert.Contains(a[FeatureExtractor.IdentityFirst], shared);
        Assert.NotEqual(a.Length, shared.Length);
    }

    [Fact]
    public void A_clitic_changes_the_form_but_not_the_stem_feature()
    {
        var plain = Features(Plain(), "الموصل")[0];
        var conj = Features(Plain(), "والموصل")[0];
        Assert.NotEqual(plain[FeatureExtractor.IdentityFirst], conj[FeatureExtractor.IdentityFirst]);
        Assert.Equal(plain[FeatureExtractor.IdentityFirst + 1], conj[FeatureExtractor.IdentityFirst + 1]);
    }

    [Fact]
    public void Gazetteer_membership_and_titles_add_features_to_the_word_and_its_neighbours()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(NerResources.KeysOf("إدلب"), GazetteerTypes.Location);
        gazetteer.Add(NerResources.KeysOf("وزير الخارجية"), GazetteerTypes.Title);
        var with = Features(new FeatureExtractor(gazetteer, WordClusters.Empty), "قال وزير الخارجية سامر عن إدلب");
        var without = Features(Plain(), "قال وزير الخارجية سامر عن إدلب");
        Assert.True(with[5].Length > without[5].Length, "the name itself");
        Assert.True(with[4].Length > without[4].Length, "the word before the name");
        Assert.True(with[3].Length > without[3].Length, "the word after the title");
        Assert.Equal(without[0].Length, with[0].Length);
    }

    [Fact]
    public void The_type_lexicon_changes_the_features_of_the_word_and_its_neighbours()
    {
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort>
        {
            [Gazetteer.HashOf("جيرل")] = TypeLexicon.Pack([4, 0, 0, 0]),
            [Gazetteer.HashOf("قال")] = TypeLexicon.Pack([0, 0, 0, 0]),
        });
        var extractor = new FeatureExtractor(new Gazetteer(), WordClusters.Empty, lexicon);
        var with = Features(extractor, "قال جيرل امس");
        var without = Features(Plain(), "قال جيرل امس");
        var other = Features(extractor, "قال نادر امس");
        Assert.Equal(without[1].Length, with[1].Length - 2);
        Assert.NotEqual(with[1].Except(without[1]).Order(), other[1].Except(without[1]).Order());
        Assert.NotEqual(with[0].Except(without[0]).Order(), other[0].Except(without[0]).Order());
        Assert.Empty(without[2].Except(with[2]));
    }

    [Fact]
    public void The_lexicon_buckets_of_the_word_are_dropped_with_its_identity()
    {
        var lexicon = new TypeLexicon(new Dictionary<uint, ushort> { [Gazetteer.HashOf("جيرل")] = TypeLexicon.Pack([4, 0, 0, 0]) });
        var known = Features(new FeatureExtractor(new Gazetteer(), WordClusters.Empty, lexicon), "قال جيرل")[1];
        var unknown = Features(Plain(), "قال جيرل")[1];
        var identity = known.AsSpan(FeatureExtractor.IdentityFirst, FeatureExtractor.IdentityCount).ToArray();
        var lexiconPart = known.Except(unknown).ToArray();
        Assert.NotEmpty(lexiconPart);
        Assert.Equal(4, lexiconPart.Intersect(identity).Count());
    }

    [Fact]
    public void A_nisba_before_a_word_is_a_feature_of_that_word()
    {
        var after = Features(Plain(), "الزوجي التشيكي نوفاك")[2];
        var plain = Features(Plain(), "الزوجي الكبير نوفاك")[2];
        Assert.Equal(plain.Length + 1, after.Length);
    }

    [Fact]
    public void A_capital_keeps_a_latin_word_apart_from_its_lower_case_form()
    {
        Assert.Equal(WordShape.LatinCapitalized, WordForms.Of("Apple").Shape);
        Assert.Equal(WordShape.Latin, WordForms.Of("apple").Shape);
        Assert.Equal(WordShape.Arabic, WordForms.Of("بوتين").WithCase("بوتين").Shape);
        Assert.NotEqual(Features(Plain(), "شركة Apple")[1], Features(Plain(), "شركة apple")[1]);
    }

    [Theory]
    [InlineData("الروسي", true)]
    [InlineData("التركية", true)]
    [InlineData("السوريين", true)]
    [InlineData("الذي", false)]
    [InlineData("روسي", false)]
    public void Nisba_adjectives_carry_the_article(string word, bool nisba) =>
        Assert.Equal(nisba, FeatureExtractor.IsNisba(WordForms.Of(word)));

    [Fact]
    public void The_parts_a_tagger_scores_apart_are_together_the_context_features()
    {
        // The shipped model's extractor, so that word classes and the type lexicon take part.
        var extractor = NerTagger.Default.Features;
        var gazetteer = NerTagger.Default.Model.Gazetteer;
        foreach (var sentence in new[] { "قال وزير الخارجية الروسي سيرغي لافروف في موسكو", "وصل الرئيس الأمريكي إلى بغداد", "بوتين", "Apple و apple" })
        {
            var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
            var n = words.Length;
            var context = new uint[n * FeatureExtractor.MaxPerWord];
            var counts = new int[n];
            extractor.ExtractContext(words, context, counts);
            var hashes = words.Select(w => extractor.HashesOf(w)).ToArray();
            var spans = new uint[n * FeatureExtractor.MaxPerWord];
            var spanCounts = new int[n];
            extractor.ExtractSpans(words, hashes, words.Select(w => gazetteer.StartsOf(w)).ToArray(), spans, spanCounts);
            var f = new uint[FeatureExtractor.MaxPerWord];
            for (var i = 0; i < n; i++)
            {
                var parts = new List<uint>(spans.AsSpan(i * FeatureExtractor.MaxPerWord, spanCounts[i]).ToArray());
                foreach (var offset in (int[])[-2, -1, 1, 2])
                {
                    var j = i + offset;
                    var c = j < 0 || j >= n ? FeatureExtractor.ExtractEdge(offset, f) : extractor.ExtractNeighbour(words[j], hashes[j], offset, f);
                    parts.AddRange(f.AsSpan(0, c).ToArray());
                }

                var pairs = i == 0 ? FeatureExtractor.ExtractFirst(hashes[i], f) : extractor.ExtractWithLeft(hashes[i - 1], hashes[i], f);
                parts.AddRange(f.AsSpan(0, pairs).ToArray());
                pairs = i == n - 1 ? FeatureExtractor.ExtractLast(hashes[i], f) : extractor.ExtractWithRight(hashes[i], hashes[i + 1], f);
                parts.AddRange(f.AsSpan(0, pairs).ToArray());
                Assert.Equal(context.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]).ToArray().Order(), parts.Order());
            }
        }
    }
}
