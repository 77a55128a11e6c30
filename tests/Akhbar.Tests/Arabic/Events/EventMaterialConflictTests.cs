using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict pooled over the folders annotated blind (issue 7, branch wt-evforce): what force was used on when war
/// reports name it by a site in the genitive of a verbal noun or after a connective of addition; ground taken after a verb of
/// success whose subject is two sides or is set off from its preposition by an aside; gunfire by a state's forces is
/// conventional force, or repression when aimed at protesters, not unconventional violence; the act after قام ب is its
/// subject's across a long subject and a time set off by commas. Sentences written for these tests.
/// </summary>
public sealed class EventMaterialConflictTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-material-conflict", "2021-03-10", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && EventArticle.Violent(e));

    [Fact]
    public void A_site_in_the_genitive_of_a_verbal_noun_of_striking_is_what_was_struck()
    {
        var doc = Run("وكانت القوات الحكومية أعلنت الأسبوع الماضي قصف موقع متقدم للمسلحين قرب الحدود.");
        var shelling = At(doc, "قصف");
        Assert.StartsWith("موقع", Slice(doc, shelling.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_aimed_at_in_the_genitive_keep_their_holder()
    {
        var doc = Run("وواصلت المقاتلات استهداف تحصينات المتمردين في الجبال الشرقية لليوم الثالث.");
        var aiming = At(doc, "استهداف");
        Assert.Equal("تحصينات المتمردين", Slice(doc, aiming.Target));
    }

    [Fact]
    public void A_connective_of_addition_is_not_what_was_struck()
    {
        var doc = Run("وسبق أن شنت القوات الجوية غارات داخل البلاد استهدفت إضافة إلى مخازن السلاح، مقرات القيادة.");
        var raids = At(doc, "غارات");
        Assert.StartsWith("مخازن", Slice(doc, raids.Target), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => Slice(doc, e.Target) is { } t && t.Contains("إضافة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_in_the_genitive_of_shelling_stays_the_place_struck_and_no_site_is_invented()
    {
        var doc = Run("وتحدث السكان عن قصف مكثف طال الأحياء الجنوبية طوال الليل.");
        Assert.DoesNotContain(doc.Events, e => Slice(doc, e.Target) is { } t && t.StartsWith("مكثف", StringComparison.Ordinal));
    }

    [Fact]
    public void Ground_taken_after_an_aside_set_off_by_commas_is_the_act_of_the_side_that_succeeded()
    {
        var doc = Run("ونجحت قوات الجيش، بإسناد من طيران التحالف، في تحرير التلال المطلة على الطريق.");
        var taking = At(doc, "تحرير");
        Assert.Equal("192", taking.Cameo);
        Assert.StartsWith("قوات الجيش", Slice(doc, taking.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_taken_by_two_sides_named_before_the_preposition_is_the_first_sides_act()
    {
        var doc = Run("وتمكنت القوات الحكومية وفصائل محلية، خلال هجوم واسع، من السيطرة على الجسر الرئيسي.");
        var control = At(doc, "السيطرة");
        Assert.Equal("192", control.Cameo);
        Assert.StartsWith("القوات الحكومية", Slice(doc, control.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void An_aside_with_a_clause_word_ends_the_search_for_a_verb_of_success()
    {
        var doc = Run("وتمكن الجيش من صد الهجوم، بينما انسحب المقاتلون، من السيطرة على التلال.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "192");
    }

    [Fact]
    public void Police_opening_fire_on_a_gunman_use_conventional_force()
    {
        var doc = Run("وأصاب المسلح اثنين من المارة قبل أن تطلق الشرطة النار عليه قرب المحطة.");
        var fire = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("تطلق", StringComparison.Ordinal));
        Assert.Equal("190", fire.Cameo);
    }

    [Fact]
    public void Soldiers_firing_on_protesters_repress_them()
    {
        var doc = Run("وقال شهود إن قوات الأمن أطلقت النار على المحتجين قرب مبنى المحافظة.");
        var fire = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("أطلقت", StringComparison.Ordinal));
        Assert.Equal("175", fire.Cameo);
    }

    [Fact]
    public void Gunmen_and_unnamed_shooters_stay_unconventional_violence()
    {
        foreach (var sentence in new[] { "وأطلق مسلحون النار على حافلة تقل عمالا في ضواحي المدينة.", "وقتل ثلاثة أشخاص في إطلاق نار داخل مركز تجاري." })
        {
            var doc = Run(sentence);
            var fire = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("النار", StringComparison.Ordinal) || doc.Slice(e.Trigger).Contains("نار", StringComparison.Ordinal));
            Assert.Equal("180", fire.Cameo);
        }
    }

    [Fact]
    public void An_arrest_after_qama_with_a_time_aside_and_a_long_subject_is_the_subjects_act()
    {
        var doc = Run("قام، مساء أمس الأحد، أعوان فرقة الشرطة العدلية بالقصرين بإيقاف شاب مفتش عنه.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.NotNull(arrest.Source);
        Assert.Contains("شاب", Slice(doc, arrest.Target), StringComparison.Ordinal);
    }
}
