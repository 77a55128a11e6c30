using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict rules of the twenty-third session, on sentences written for these tests: an explosion told again after
/// the attack it belongs to (EventFinder.RetoldBlasts), a force verb whose subject is a count of weapons
/// (EventFinder.PartitiveSubjects), passive arrests (EventFinder.PassiveArrests), deployments and airspace violations
/// (events/lexicon-curation.tsv) and an attack's author after ل past the adjective شامل (EventFinder.Violence).
/// </summary>
public sealed class EventMaterialConflictSliceTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-conflict-slice", "2021-06-14", paragraphs);

    private static string? Words(Document doc, EventArgument? argument) => argument is null ? null : doc.Slice(argument.Span);

    private static IEnumerable<CodedEvent> At(Document doc, string trigger) =>
        doc.Events.Where(e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void An_explosion_told_after_a_bombing_is_the_same_blast()
    {
        var doc = Run("وفجر انتحاري نفسه أمام مبنى البلدية صباح اليوم.", "وتحدث سكان المنطقة عن انفجار قوي هز الحي.");
        Assert.Single(At(doc, "فجر"));
        Assert.Empty(At(doc, "انفجار"));
    }

    [Fact]
    public void An_explosion_told_first_stays_an_event()
    {
        var doc = Run("وقتل أربعة أشخاص لدى انفجار عبوة ناسفة في سوق شعبي جنوبي المدينة.");
        Assert.Single(At(doc, "انفجار"));
    }

    [Fact]
    public void A_count_of_weapons_as_subject_names_no_author_and_strikes_what_follows()
    {
        var doc = Run("وقال الجيش السعودي إن دفاعاته اعترضت خمسة صواريخ أطلقت من اليمن، واستهدف 2 منها الرياض.");
        var aimed = Assert.Single(At(doc, "استهدف"));
        Assert.Null(aimed.Source);
        Assert.Equal("الرياض", Words(doc, aimed.Target));
    }

    [Fact]
    public void A_count_of_weapons_as_object_keeps_the_author()
    {
        var doc = Run("وهاجمت قوات الجيش العراقي خمسة مواقع للمسلحين وقصفت 3 منها بالمدفعية الثقيلة.");
        var shelled = Assert.Single(At(doc, "قصفت"));
        Assert.Contains("الجيش العراقي", Words(doc, shelled.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_separate_explosion_told_far_after_an_attack_stays_an_event()
    {
        var doc = Run(
            "وفجر انتحاري نفسه أمام مبنى البلدية صباح اليوم.",
            "وأعلنت السلطات الحداد ثلاثة أيام في المحافظة.",
            "ودعا المحافظ السكان إلى التبرع بالدم في المستشفيات.",
            "وتابعت الفرق الطبية نقل الجرحى طوال النهار.",
            "وفي حادث منفصل، وقع انفجار في مخزن للوقود شمالي البلاد.");
        Assert.Single(At(doc, "انفجار"));
    }

    [Fact]
    public void A_passive_arrest_has_no_source_and_the_arrested_as_target()
    {
        var doc = Run("وقال المتحدث باسم النيابة إنه ألقي القبض على رجل في الحي الشرقي.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.Null(arrest.Source);
        Assert.Contains("رجل", Words(doc, arrest.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Aircraft_violating_airspace_show_force()
    {
        var doc = Run("واخترقت طائرات حربية إسرائيلية المجال الجوي اللبناني مساء الأحد.");
        var flight = Assert.Single(doc.Events, e => e.Cameo == "150");
        Assert.Contains("طائرات حربية", Words(doc, flight.Source), StringComparison.Ordinal);

        // Breaking into a network or through a line is no show of force.
        Assert.DoesNotContain(Run("واخترق قراصنة شبكة الشركة الأسبوع الماضي.").Events, e => e.Cameo == "150");
    }

    [Fact]
    public void Troops_sent_and_weapons_deployed_are_shows_of_force()
    {
        var doc = Run("وأرسلت الحكومة الأردنية قوات إضافية إلى الحدود الشمالية.", "ونشرت الصين أسلحة متطورة على الجزر المتنازع عليها.");
        Assert.Equal("150", Assert.Single(At(doc, "أرسلت")).Cameo);
        Assert.Equal("150", Assert.Single(At(doc, "نشرت")).Cameo);

        // A letter sent is no deployment.
        Assert.DoesNotContain(Run("وأرسلت الحكومة الأردنية رسالة إلى الأمم المتحدة.").Events, e => e.Cameo == "150");
    }

    [Fact]
    public void An_organization_after_lam_owns_a_comprehensive_attack()
    {
        var doc = Run("وبدأ هجوم شامل لحركة طالبان على مدينة قندوز فجر اليوم.");
        var attack = Assert.Single(At(doc, "هجوم"));
        Assert.Contains("طالبان", Words(doc, attack.Source), StringComparison.Ordinal);
    }
}
