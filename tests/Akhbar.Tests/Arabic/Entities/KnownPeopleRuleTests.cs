using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class KnownPeopleRuleTests
{
    private static readonly KnownNameFinder People = LinkingResources.Default.KnownPeopleNames;

    /// <summary>The tokens of a text of one sentence (the title is left out), and tags for them with the given word tagged.</summary>
    private static (Document Doc, int[] Tags) Sentence(string body, int taggedWord, EntityType type)
    {
        var doc = Analyze.Text(body, title: "عنوان");
        var tags = new int[doc.Tokens.Count - 1];
        tags[taggedWord] = BioTags.Begin(type);
        return (doc, tags);
    }

    /// <summary>The token indices of the sentence's words: every token after the title's one.</summary>
    private static int[] WordsAfterTitle(int[] tags) => Enumerable.Range(1, tags.Length).ToArray();

    [Fact]
    public void A_listed_name_the_tagger_cut_short_is_tagged_whole_and_its_span_starts_at_its_first_letter()
    {
        var (doc, tags) = Sentence("أكد الرئيس دونالد ترامب أنه لن يغير رأيه.", 2, EntityType.Person);
        var spans = KnownPeopleRule.Apply(doc.Text, doc.Tokens, [WordsAfterTitle(tags)], [tags], People.Find(doc.Text, doc.Tokens));
        Assert.Equal([BioTags.Begin(EntityType.Person), BioTags.Inside(EntityType.Person)], tags[2..4]);
        Assert.Equal("دونالد ترامب", doc.Slice(Assert.Single(spans).Value));
    }

    [Fact]
    public void A_listed_name_the_tagger_read_as_another_type_stays_as_it_is()
    {
        var (doc, tags) = Sentence("أكد الرئيس دونالد ترامب أنه لن يغير رأيه.", 3, EntityType.Location);
        var before = tags.ToArray();
        Assert.Empty(KnownPeopleRule.Apply(doc.Text, doc.Tokens, [WordsAfterTitle(tags)], [tags], People.Find(doc.Text, doc.Tokens)));
        Assert.Equal(before, tags);
    }
}
