using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict (roots 14-20) on the causes pooled over the least-tuned gold folders (issue 7, branch wt-evforce3):
/// force that is only threatened or warned of, and the killing and wounding of protesters by a state's forces. Sentences
/// written for these tests.
/// </summary>
public sealed class EventMaterialConflictCauseTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-material-conflict-causes", "2022-05-13", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static bool IsForce(CodedEvent e) => e.Cameo[..2] is "18" or "19" or "20";

    [Theory]
    [InlineData("وكانت الجماعة المسلحة قد هددت بشن هجمات على المراكز الانتخابية قبل موعد الاقتراع.")]
    [InlineData("وتوعد قائد الميليشيا بعملية عسكرية واسعة إذا لم ينسحب الجنود من المعبر.")]
    [InlineData("وحذرت الخارجية الدول المجاورة من شن عمليات عسكرية في المنطقة الحدودية.")]
    [InlineData("وأطلقت صفارات الإنذار في البلدة الساحلية محذرة من هجوم صاروخي محتمل.")]
    public void Force_that_a_threat_or_warning_governs_is_not_coded_as_done(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, IsForce);
    }

    [Fact]
    public void An_attack_told_after_a_threat_is_still_an_attack()
    {
        // The threat is in another clause; the attack is told as done.
        var doc = Run("وشنت القوات الحكومية هجوما على مواقع المتمردين بعد أيام من تهديدات متبادلة.");
        Assert.Contains(doc.Events, e => IsForce(e) && doc.Slice(e.Trigger).Contains("هجوما", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_force_killing_people_at_a_protest_is_violent_repression()
    {
        var doc = Run("وقتلت قوات الأمن بالرصاص، الأحد، ثلاثة شبان خلال احتجاجات في وسط العاصمة.");
        var killing = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("قتلت", StringComparison.Ordinal));
        Assert.Equal("175", killing.Cameo);
        Assert.Equal("قوات الأمن", Slice(doc, killing.Source));
        Assert.Equal("ثلاثة شبان", Slice(doc, killing.Target));
    }

    [Fact]
    public void A_state_force_fighting_armed_men_stays_fighting_beside_a_protest()
    {
        var doc = Run("وقتل الجيش خمسة مسلحين في اشتباكات قرب الحدود بينما خرجت مظاهرات في العاصمة.");
        var killing = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("قتل", StringComparison.Ordinal));
        Assert.StartsWith("19", killing.Cameo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weapon_between_the_subject_and_the_object_leaves_the_object_the_target()
    {
        var doc = Run("وقتل مسلحون بالرصاص الحي خمسة قرويين قرب السوق الشعبي.");
        var killing = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("قتل", StringComparison.Ordinal));
        Assert.Equal("خمسة قرويين", Slice(doc, killing.Target));
    }

    [Fact]
    public void An_adjective_of_the_weapon_is_not_the_target()
    {
        var doc = Run("واستهدف الطيران الحربي بغارات عنيفة مواقع المتمردين في الجبال.");
        var strike = Assert.Single(doc.Events, e => IsForce(e) && doc.Slice(e.Trigger).Contains("استهدف", StringComparison.Ordinal));
        Assert.StartsWith("مواقع", Slice(doc, strike.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void The_dead_of_an_attack_are_no_killing_of_their_own_and_become_its_target()
    {
        var doc = Run("وقال مصدر طبي إن سبعة مسلحين قتلوا خلال معارك عنيفة في ريف المدينة الشمالي.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "193");
        var battle = Assert.Single(doc.Events, e => IsForce(e));
        Assert.Equal("سبعة مسلحين", Slice(doc, battle.Target));
    }

    [Fact]
    public void A_killing_whose_author_stands_before_the_attack_is_an_act()
    {
        var doc = Run("وقتل المسلحون ثلاثة حراس في هجوم على مخزن للحبوب.");
        Assert.Contains(doc.Events, e => e.Cameo == "193" && Slice(doc, e.Source) == "المسلحون");
    }

    [Fact]
    public void Dead_counted_with_no_attack_after_them_stay_a_killing()
    {
        var doc = Run("وتقول منظمات حقوقية إن نحو ثلاثة آلاف معتقل قتلوا داخل السجون في تلك السنوات.");
        Assert.Contains(doc.Events, e => e.Cameo == "193");
    }

    [Fact]
    public void A_setting_between_a_force_verb_subject_and_a_counted_object_leaves_the_count_the_target()
    {
        var doc = Run("وقتلت قوات الأمن في هذه الاحتجاجات 40 شابا على الأقل.");
        var killing = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("قتلت", StringComparison.Ordinal));
        Assert.Equal("175", killing.Cameo);
        Assert.StartsWith("40 شابا", Slice(doc, killing.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_right_after_a_killing_verb_opens_a_passive_with_no_author()
    {
        var doc = Run("وسقطت الطائرة قرب القرية، وقتل في الحادث 14 شخصا.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "193" && e.Source is not null);
    }

    [Fact]
    public void Aircraft_that_strike_use_aerial_weapons()
    {
        var doc = Run("وقصفت طائرات حربية مواقع المتمردين في الجبال الشرقية.");
        var strike = Assert.Single(doc.Events, e => IsForce(e));
        Assert.Equal("195", strike.Cameo);
    }
}
