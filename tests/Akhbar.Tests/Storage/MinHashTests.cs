using Akhbar.Storage.Dedup;
using Akhbar.Storage.Search;

namespace Akhbar.Tests.Storage;

public class MinHashTests
{
    private static readonly QueryTerms Query = new();

    private static uint[] Signature(string text)
    {
        var (clean, tokens) = Query.Tokenize(text);
        return MinHash.Of([.. tokens.Where(t => t.Kind == Akhbar.Core.Model.TokenKind.Word).Select(t => SearchTerms.Term(clean, t))])!;
    }

    [Fact]
    public void A_republished_story_is_near_and_a_different_story_is_far()
    {
        var original = Signature(SmallCorpus.Agreement);
        Assert.True(MinHash.Similarity(original, Signature(SmallCorpus.AgreementRepublished)) >= NearDuplicateIndex.MinSimilarity);
        Assert.True(MinHash.Similarity(original, Signature(SmallCorpus.Floods)) < 0.2);
        Assert.Equal(1.0, MinHash.Similarity(original, MinHash.FromBytes(MinHash.ToBytes(original))));
    }

    [Fact]
    public void The_index_finds_the_earliest_near_duplicate()
    {
        var index = new NearDuplicateIndex();
        index.Add(7, Signature(SmallCorpus.AgreementRepublished));
        index.Add(3, Signature(SmallCorpus.Agreement));
        index.Add(1, Signature(SmallCorpus.Floods));
        Assert.Equal(3, index.FindNear(Signature(SmallCorpus.Agreement)));
        Assert.Null(index.FindNear(Signature(SmallCorpus.Football)));
    }

    [Fact]
    public void Too_short_a_text_has_no_signature() => Assert.Null(MinHash.Of(["كلمة", "أخرى"]));
}
