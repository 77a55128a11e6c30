using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Sources and targets of protests and attacks (issue 7, branch wt-evforce2): the target of a force noun after the author its
/// relative clause names, the object of a verbal noun of force after its author in the genitive, missile attacks as aerial
/// weapons, protesters after ل, and the police before a protest noun as those who disperse it, not those who protest.
/// Sentences written for these tests.
/// </summary>
public sealed class EventProtestAndAttackActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-protest-attack-actors", "2022-03-08", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent At(Document doc, string trigger, string root) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && e.Cameo.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void A_force_noun_takes_its_target_after_the_author_its_relative_clause_names()
    {
        var doc = Run("وقال مسؤول عسكري إن الغارات الجوية التي شنتها الطائرات الحربية على المعسكرات الحدودية كانت الأعنف منذ شهور.");
        var raids = At(doc, "الغارات", "19");
        Assert.Equal("الطائرات الحربية", Slice(doc, raids.Source));
        Assert.StartsWith("المعسكرات", Slice(doc, raids.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_after_a_noun_without_a_relative_clause_does_not_move_the_target_search()
    {
        // The arrest's target is right after its preposition; the name further on belongs to another clause.
        var doc = Run("ويأتي القبض على الصحفي بعد قرار أصدرته المحكمة الإدارية يوم الاثنين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && Slice(doc, e.Target) is { } t && t.Contains("المحكمة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verbal_noun_of_force_with_its_author_in_the_genitive_takes_the_sites_counted_after_it()
    {
        var doc = Run("وقصف الجيش عشرات الأهداف في المنطقة الحدودية، فيما تواصلت المواجهات.");
        var shelling = At(doc, "وقصف", "19");
        Assert.Equal("الجيش", Slice(doc, shelling.Source));
        Assert.Equal("عشرات الأهداف", Slice(doc, shelling.Target));
    }

    [Fact]
    public void A_count_that_ends_its_sentence_counts_no_site_of_the_next_one()
    {
        // A paragraph without a final stop ends its sentence at the number: the site noun that opens the next paragraph
        // is no word of this sentence, and a bare count is no object (review17).
        var doc = Run("وقصف الجيش 12", "مواقع المسلحين في الشمال تعرضت لأضرار كبيرة.");
        var shelling = At(doc, "وقصف", "19");
        Assert.Null(shelling.Target);
    }

    [Fact]
    public void After_the_genitive_author_an_adjective_or_a_people_count_is_no_target()
    {
        var doc = Run("ودفع هجوم الجيش عشرات الآلاف من السكان نحو الحدود الشمالية.");
        var attack = At(doc, "هجوم", "19");
        Assert.Null(attack.Target);
    }

    [Fact]
    public void A_missile_attack_is_aerial_force_whoever_fired()
    {
        var doc = Run("وأدان المجلس الهجوم الصاروخي الذي شنه المتمردون على المدينة الساحلية.");
        var attack = At(doc, "الهجوم", "19");
        Assert.Equal("195", attack.Cameo);
        Assert.Equal("المتمردون", Slice(doc, attack.Source));
    }

    [Fact]
    public void A_protest_noun_takes_the_people_after_lam_as_its_protesters()
    {
        var doc = Run("وخرجت مظاهرة حاشدة لأهالي البلدة ضد قرار إغلاق المستشفى.");
        var march = At(doc, "مظاهرة", "14");
        Assert.Equal("أهالي البلدة", Slice(doc, march.Source));
    }

    [Fact]
    public void The_police_before_a_protest_noun_dispersed_it_and_did_not_protest()
    {
        var doc = Run("كما فضت الشرطة تظاهرة غير مرخص بها في وسط المدينة.");
        var protest = At(doc, "تظاهرة", "14");
        Assert.Null(protest.Source);
    }

    [Fact]
    public void The_police_who_organize_a_protest_are_its_protesters()
    {
        var doc = Run("الشرطة تنظم احتجاجات على ظروف عملها في العاصمة.");
        var protest = At(doc, "احتجاجات", "14");
        Assert.Equal("الشرطة", Slice(doc, protest.Source));
    }

    [Theory]
    [InlineData("ونظمت الشرطة الفرنسية احتجاجات في باريس على ظروف العمل.", "احتجاجات", "الشرطة الفرنسية")]
    [InlineData("ونفذت الشرطة المحلية وقفة احتجاجية أمام مقر الولاية.", "وقفة", "الشرطة المحلية")]
    public void The_police_who_organize_a_protest_before_them_are_its_protesters(string sentence, string noun, string police)
    {
        // The organizing verb stands before its subject, not right before the noun, in the verb-first order (review17).
        var doc = Run(sentence);
        var protest = At(doc, noun, "14");
        Assert.Equal(police, Slice(doc, protest.Source));
    }

    [Fact]
    public void The_police_who_are_the_subject_of_a_protest_verb_are_its_protesters()
    {
        // The rule for the police before a protest noun (EventFinder.PoliceProtests) must not reach a verb of protest,
        // whose subject protests (review17).
        var doc = Run("واحتجت الشرطة المحلية أمام مقر البرلمان على تأخر صرف الرواتب.");
        var protest = At(doc, "واحتجت", "14");
        Assert.Equal("الشرطة المحلية", Slice(doc, protest.Source));
    }

    [Fact]
    public void A_joint_exercise_between_two_named_parties_is_a_show_of_force_by_each()
    {
        var doc = Run("واختتمت أمس تدريبات عسكرية مشتركة بين مصر واليونان في البحر المتوسط.");
        var exercises = doc.Events.Where(e => doc.Slice(e.Trigger).Contains("تدريبات", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, exercises.Count);
        Assert.All(exercises, e => Assert.Equal("150", e.Cameo));
        Assert.Contains(exercises, e => Slice(doc, e.Source) == "مصر");
        Assert.Contains(exercises, e => Slice(doc, e.Source) is { } s && s.Contains("اليونان", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joint_exercise_takes_no_party_from_the_next_sentence()
    {
        // A paragraph without a final stop ends its sentence at the first party; the name that opens the next paragraph
        // with و is no party of this exercise (review17).
        var doc = Run("واختتمت أمس تدريبات عسكرية مشتركة بين مصر", "واليونان تستعد لاستقبال وفد من الخبراء الأسبوع المقبل.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("تدريبات", StringComparison.Ordinal)
            && Slice(doc, e.Source) is { } s && s.Contains("اليونان", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joint_exercise_with_one_party_after_maa_names_no_source()
    {
        var doc = Run("واختتمت أمس تدريبات عسكرية مشتركة مع اليونان في البحر المتوسط.");
        var exercise = At(doc, "تدريبات", "15");
        Assert.Null(exercise.Source);
    }

    [Fact]
    public void A_bombing_told_through_its_dead_targets_the_city_named_after_it()
    {
        var doc = Run("قتل 12 شخصا على الأقل، الأحد، في تفجير انتحاري في العاصمة الأفغانية كابل.");
        var bombing = At(doc, "تفجير", "18");
        Assert.Equal("كابل", Slice(doc, bombing.Target));
    }

    [Fact]
    public void A_bombing_with_no_city_after_it_has_no_target_in_its_counted_dead()
    {
        // The people it killed are what it left, not a side it was aimed at (EventFinder.CivilianDead).
        var doc = Run("قتل 12 شخصا على الأقل، الأحد، في تفجير انتحاري قرب سوق شعبي.");
        var bombing = At(doc, "تفجير", "18");
        Assert.Null(bombing.Target);
    }
}
