using Akhbar.Arabic.Entities;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class DocumentKeysTests
{
    [Fact]
    public void The_keys_collected_on_demand_are_the_set_of_the_token_keys()
    {
        var doc = Analyze.Text("قال الوزير إن الوزير زار لبنان ولبنان يرحب بالزيارة.");
        var expected = doc.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var keys = new DocumentKeys(doc.Tokens);
        Assert.Contains(doc.Tokens[1].Key, keys);
        Assert.DoesNotContain("موسكو", keys);
        Assert.Equal(expected.Count, keys.Count);
        Assert.True(keys.SetEquals(expected));
        Assert.True(keys.IsSubsetOf(expected) && keys.IsSupersetOf(expected));
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mention_is_bounded_alike_with_the_keys_collected_on_demand()
    {
        var doc = Analyze.Text("وجه الوزير رسالة لروسيا أمس.");
        var gazetteer = NerTagger.Default.Model.Gazetteer;
        var eager = MentionBounds.Of(doc.Text, doc.Tokens[3], doc.Tokens[3], gazetteer, doc.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(eager, MentionBounds.Of(doc.Text, doc.Tokens[3], doc.Tokens[3], gazetteer, new DocumentKeys(doc.Tokens)));
    }
}
