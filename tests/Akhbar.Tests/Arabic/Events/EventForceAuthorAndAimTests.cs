using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict (roots 14-20) on the causes pooled over the least-tuned gold folders (issue 7, branch wt-evforce4):
/// the author of a noun of force named by a group phrase in a relative clause after it, fire aimed "باتجاه" a counted
/// group, and the single list of aircraft. Sentences written for these tests.
/// </summary>
public sealed class EventForceAuthorAndAimTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-force-author-and-aim", "2022-05-13", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent On(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && e.Cameo[..2] is "18" or "19" or "20");

    [Fact]
    public void A_group_that_carries_out_raids_in_a_relative_clause_is_their_source()
    {
        var doc = Run("وقتل عشرة مدنيين في الغارات التي يشنها التحالف على مدينة الحديدة.");
        Assert.Equal("التحالف", Slice(doc, On(doc, "الغارات").Source));
    }

    [Fact]
    public void Adjectives_joined_by_wa_may_stand_between_the_noun_and_its_relative_clause()
    {
        var doc = Run("بلغت حصيلة القصف الجوي والصاروخي الذي تشنه قوات النظام على البلدة ثلاثين مدنيا.");
        Assert.Equal("قوات النظام", Slice(doc, On(doc, "القصف").Source));
    }

    [Fact]
    public void An_indefinite_group_head_takes_the_name_in_its_genitive()
    {
        var doc = Run("وقتل جنديان في هجمات شنتها جماعة ولاية سيناء على نقاط التفتيش.");
        Assert.Equal("جماعة ولاية سيناء", Slice(doc, On(doc, "هجمات").Source));
    }

    [Fact]
    public void A_verb_after_a_comma_opens_a_new_clause_not_a_relative_one()
    {
        // The aircraft launch the raids of the next clause; the clashes before the comma are no act of theirs.
        var doc = Run("وتواصلت الاشتباكات، شنت طائرات التحالف غارات على مواقع المسلحين.");
        Assert.Null(On(doc, "الاشتباكات").Source);
    }

    [Fact]
    public void A_verb_whose_pronoun_stands_for_another_noun_names_no_author_of_the_attack()
    {
        // نفذتها carries out the drill (عملية ... لمحاكاة), not the masculine هجوم: the forces did not attack.
        var doc = Run("وأصيب شخصان خلال عملية بيضاء لمحاكاة هجوم إرهابي نفذتها قوات الأمن في المطار.");
        Assert.Null(On(doc, "هجوم").Source);
    }

    [Fact]
    public void A_present_verb_of_carrying_out_names_the_author_of_an_operation()
    {
        var doc = Run("وانتقدت فرنسا العملية العسكرية التي تنفذها تركيا في شمال سوريا.");
        Assert.Equal("تركيا", Slice(doc, On(doc, "العملية").Source));
    }

    [Fact]
    public void Fire_aimed_toward_a_counted_group_has_that_group_for_its_target()
    {
        var doc = Run("وأطلق مسلح النار باتجاه أربعة من رجال الشرطة.");
        Assert.Equal("أربعة من رجال الشرطة", Slice(doc, On(doc, "أطلق").Target));
    }

    [Fact]
    public void A_drone_after_lam_is_the_author_of_a_raid()
    {
        // One list of aircraft for group actors, authors after ل and air strikes: the singular طائرة is an author too.
        var doc = Run("وقتل ثلاثة مسلحين في غارة لطائرة من دون طيار في المديرية.");
        var raid = On(doc, "غارة");
        Assert.Equal("195", raid.Cameo);
        Assert.StartsWith("طائرة", Slice(doc, raid.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Denied_gunfire_at_protesters_stays_denied_repression()
    {
        // Gunfire at protesters is recoded by the one repression rule, which now reads denied and planned force too.
        var doc = Run("ولم تطلق الشرطة النار على المتظاهرين.");
        var fire = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("تطلق", StringComparison.Ordinal));
        Assert.Equal("175", fire.Cameo);
        Assert.True(fire.Negated);
    }
}
