using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Force and protest done by sides joined by و (issue 7, branch wt-evforce6): each joined side is a source of its own, as
/// gold/README.md asks ("one event per source-target pair"), unless the first side stands inside a phrase of leading or
/// backing; and an attack prepared for ("يستعدون لتنفيذ هجمات") is not done. Sentences written for these tests.
/// </summary>
public sealed class EventJoinedAttackersTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-joined-attackers", "2022-03-09", paragraphs);

    private static List<string> Sources(Document doc, string trigger) =>
        [.. doc.Events.Where(e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && e.Cameo[..2] is "18" or "19" or "20" && e.Source is not null)
            .Select(e => doc.Slice(e.Source!.Span))];

    [Fact]
    public void Each_side_joined_to_the_author_of_air_strikes_is_an_author()
    {
        var doc = Run("وقال الوزير إن الغارات الجوية التي نفذتها ألمانيا وهولندا والدنمارك أصابت مخازن السلاح.");
        var sources = Sources(doc, "الغارات");
        Assert.Contains("ألمانيا", sources);
        Assert.Contains("هولندا", sources);
        Assert.Contains("الدنمارك", sources);
    }

    [Fact]
    public void Each_side_joined_to_the_subject_of_a_launched_attack_is_an_author()
    {
        var doc = Run("وكانت اليابان وأستراليا قد شنت هجوما على مواقع قرب الميناء.");
        var sources = Sources(doc, "هجوما");
        Assert.Contains("اليابان", sources);
        Assert.Contains("أستراليا", sources);
    }

    [Fact]
    public void A_side_joined_to_the_leaders_of_a_coalition_is_no_author_of_its_own()
    {
        // The second name joins "بقيادة", who leads the coalition, not the coalition that attacks.
        var doc = Run("وبدأ التحالف بقيادة السعودية والإمارات هجومه على المدينة الساحلية.");
        Assert.DoesNotContain("الإمارات", Sources(doc, "هجومه"));
    }

    [Fact]
    public void Attacks_a_group_prepares_for_are_not_done()
    {
        var doc = Run("وأوقفت الشرطة خمسة أشخاص كانوا يستعدون لتنفيذ هجمات ضد مراكز تجارية في العاصمة.");
        var attack = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("هجمات", StringComparison.Ordinal));
        Assert.True(attack.Hypothetical);
    }
}
