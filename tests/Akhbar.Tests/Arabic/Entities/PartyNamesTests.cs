using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class PartyNamesTests
{
    [Fact]
    public void A_party_is_named_by_its_nouns_joined_by_wa_without_the_adjective_after_them()
    {
        var doc = Analyze.Text("وقال المتحدث باسم حزب العدالة والتنمية الحاكم في تركيا إن الحزب سيفوز في الانتخابات.");
        var party = Assert.Single(doc.Entities, m => m.Type == EntityType.Organization);
        Assert.Equal("حزب العدالة والتنمية", doc.Slice(party.Span));
    }

    [Fact]
    public void Each_party_of_a_list_is_one_organization()
    {
        var doc = Analyze.Text("وفاز حزب الشعب المحافظ بأكبر عدد من المقاعد، فيما حل حزب الحرية اليميني ثانيا.");
        Assert.Equal(["حزب الشعب", "حزب الحرية"], doc.Entities.Where(m => m.Type == EntityType.Organization).Select(m => doc.Slice(m.Span)));
    }

    [Fact]
    public void A_title_after_the_party_noun_is_no_party_name()
    {
        var doc = Analyze.Text("وفاز حزب الرئيس بأغلبية المقاعد في البرلمان.");
        Assert.DoesNotContain(doc.Entities, m => doc.Slice(m.Span).StartsWith("حزب", StringComparison.Ordinal));
    }
}
