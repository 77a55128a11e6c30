using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>News agencies whose name holds "agency" are named in full (NewsAgencyNames); invented sentences.</summary>
public sealed class NewsAgencyNamesTests
{
    private static List<string> OrganizationMentions(Document doc) =>
        doc.LinkedEntities.Where(e => e.Type == EntityType.Organization).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span)).ToList();

    [Fact]
    public void A_name_after_wakalat_anba_takes_both_nouns_in()
    {
        var doc = Analyze.Text("وقالت وكالة أنباء رويترز إن المحادثات بين الجانبين توقفت مساء الأحد.");
        Assert.Contains("وكالة أنباء رويترز", OrganizationMentions(doc));
        var quoted = Analyze.Text("ونقلت وكالة أنباء \"تسنيم\" عن مصدر مطلع أن الوفد غادر العاصمة.");
        Assert.Contains("وكالة أنباء \"تسنيم\"", OrganizationMentions(quoted));
    }

    [Fact]
    public void A_name_framed_by_wakala_and_lil_anba_is_whole_and_so_is_its_short_form_with_the_noun()
    {
        var doc = Analyze.Text("ونقلت وكالة دوغان التركية للأنباء عن مسؤول محلي أن الحريق أتى على عشرات المنازل. وأضافت وكالة دوغان أن فرق الإطفاء ما زالت تعمل.");
        var mentions = OrganizationMentions(doc);
        Assert.Contains("وكالة دوغان التركية للأنباء", mentions);
        Assert.Contains("وكالة دوغان", mentions);
    }

    [Fact]
    public void An_agency_named_after_wakala_alone_is_its_name()
    {
        var doc = Analyze.Text("وقالت وكالة رويترز إن المحادثات بين الجانبين توقفت مساء الأحد.");
        Assert.Contains("رويترز", OrganizationMentions(doc));
        Assert.DoesNotContain(OrganizationMentions(doc), m => m.StartsWith("وكالة", StringComparison.Ordinal));
    }
}
