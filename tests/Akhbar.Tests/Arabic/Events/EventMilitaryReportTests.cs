using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Sources and targets of military reports (issue 7, branch wt-evmil): driving an armed side out of ground is force against
/// that side, not an expulsion by it; a side joined by و opens the second side of a fight; a force noun told as the
/// circumstance of a side's dead has that side as its target, not the killer. Sentences written for these tests.
/// </summary>
public sealed class EventMilitaryReportTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-military-report", "2021-05-12", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && EventArticle.Violent(e));

    [Fact]
    public void Driving_fighters_out_is_force_against_them_by_the_side_of_the_clause()
    {
        var doc = Run("وسيطرت القوات الحكومية على البلدة الجبلية بعد طرد المسلحين منها في هجوم استمر يومين.");
        var driving = At(doc, "طرد");
        Assert.Equal("190", driving.Cameo);
        Assert.StartsWith("المسلحين", Slice(doc, driving.Target), StringComparison.Ordinal);
        Assert.StartsWith("القوات الحكومية", Slice(doc, driving.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Expelling_people_who_are_no_armed_side_stays_an_expulsion()
    {
        var doc = Run("وقررت السلطات المحلية طرد العمال الأجانب المخالفين من المدينة خلال أسبوع.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "190");
    }

    [Fact]
    public void A_side_joined_by_wa_is_the_second_side_of_a_fight_not_part_of_the_first()
    {
        var doc = Run("واندلعت مواجهات عنيفة بين القوات المشتركة والحوثيين في الأحياء الشرقية للمدينة.");
        var fight = At(doc, "مواجهات");
        Assert.Equal("القوات المشتركة", Slice(doc, fight.Source));
        Assert.Contains("الحوثيين", Slice(doc, fight.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_begins_with_waw_is_not_cut_off_as_the_next_actor()
    {
        // The segmenter reads the و of "وائل" as a conjunction; the name is still the genitive of the group.
        var doc = Run("واعتقلت قوات الأمن أنصار وائل غنيم في القاهرة أمس.");
        var arrest = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("اعتقلت", StringComparison.Ordinal));
        Assert.Equal("أنصار وائل غنيم", Slice(doc, arrest.Target));
    }

    [Fact]
    public void A_plural_joined_by_wa_after_an_indefinite_group_is_no_adjective_of_it()
    {
        // "ومدنيون" ends like the adjective of "مسلحون" ("مسلحون مجهولون"), but the و opens the next actor.
        var doc = Run("وهاجم مسلحون ومدنيون غاضبون مركز الشرطة في المدينة.");
        var attack = At(doc, "هاجم");
        Assert.Equal("مسلحون", Slice(doc, attack.Source));
    }

    [Fact]
    public void A_raid_told_as_the_circumstance_of_a_sides_dead_targets_that_side()
    {
        var doc = Run("وقتل قيادي بارز في صفوف حركة طالبان، الثلاثاء، في غارات جوية للجيش الأفغاني.");
        var raids = At(doc, "غارات");
        Assert.Contains("طالبان", Slice(doc, raids.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_person_before_tuwuffiya_is_the_target_of_the_raid_he_died_in()
    {
        // توفي is a verb of dying after the dead, as قتل is: the commander named right before it died in the raid.
        var doc = Run("وأعلنت الحركة أن القيادي فيها الملا أختر منصور، توفي في غارة جوية أمريكية.");
        var raid = At(doc, "غارة");
        Assert.Contains("منصور", Slice(doc, raid.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void The_killer_named_after_birasas_is_not_the_target_of_the_clashes()
    {
        var doc = Run("وقتل شاب برصاص الجيش الإسرائيلي خلال مواجهات قرب الحدود.");
        Assert.DoesNotContain(doc.Events, e => Slice(doc, e.Target) is { } t && t.Contains("الجيش", StringComparison.Ordinal));
    }

    [Fact]
    public void Aircraft_of_a_side_after_lam_own_the_raids()
    {
        var doc = Run("وقتل عدد من المسلحين في غارات لطيران التحالف على مواقعهم شرقي المدينة.");
        var raids = At(doc, "غارات");
        Assert.StartsWith("طيران التحالف", Slice(doc, raids.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_after_lam_does_not_own_a_noun_that_is_no_force()
    {
        var doc = Run("وأعلنت الحكومة دعمها للقوات المسلحة في مواجهة الإرهاب.");
        Assert.DoesNotContain(doc.Events, e => EventArticle.Violent(e) && Slice(doc, e.Source) is { } s && s.Contains("القوات", StringComparison.Ordinal));
    }

    [Fact]
    public void A_president_whose_decree_the_sentence_tells_did_not_drive_the_militias_out()
    {
        var doc = Run("وأصدر الرئيس قرارا بتعيين محافظ جديد للمدينة بعد طرد الميليشيات منها.");
        var driving = At(doc, "طرد");
        Assert.Null(driving.Source);
    }

    [Fact]
    public void Clashes_with_a_side_after_a_verb_of_death_are_that_sides_fight_against_the_dead()
    {
        var doc = Run("وقتل 9 من مسلحي حركة طالبان، الخميس، في مواجهات مع قوات الجيش شمالي البلاد.");
        var clashes = At(doc, "مواجهات");
        Assert.StartsWith("قوات الجيش", Slice(doc, clashes.Source), StringComparison.Ordinal);
        Assert.Contains("طالبان", Slice(doc, clashes.Target), StringComparison.Ordinal);
    }
}
