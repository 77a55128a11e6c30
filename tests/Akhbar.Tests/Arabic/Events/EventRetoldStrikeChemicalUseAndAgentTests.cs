using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict rules of the twenty-fourth session, on sentences written for these tests: a strike told again with a
/// past verb (EventFinder.RetoldStrikes) and the use of chemical weapons by a side named after استخدام
/// (EventFinder.ChemicalUse), and the author an agent phrase names after a noun of coercion or force
/// (EventFinder.NounAgentPhrases).
/// </summary>
public sealed class EventRetoldStrikeChemicalUseAndAgentTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-force-slice-24", "2021-06-14", paragraphs);

    private static string? Words(Document doc, EventArgument? argument) => argument is null ? null : doc.Slice(argument.Span);

    private static IEnumerable<CodedEvent> At(Document doc, string trigger) =>
        doc.Events.Where(e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_strike_told_again_with_a_past_verb_is_coded_at_the_verb_without_an_author()
    {
        var doc = Run(
            "وشنت طائرات التحالف غارات على مواقع المسلحين أمس.",
            "وقال مصدر ميداني إن الغارات استهدفت مخازن للأسلحة قرب المدينة.");
        var aimed = Assert.Single(At(doc, "استهدفت"));
        Assert.Equal("19", aimed.Cameo[..2]);
        Assert.Null(aimed.Source);
        Assert.Contains("مخازن", Words(doc, aimed.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_strike_after_a_relative_pronoun_is_told_again_too()
    {
        var doc = Run(
            "وقصفت الطائرات الحربية قاعدة جوية شرقي البلاد.",
            "ورفع الجيش حالة التأهب تحسبا لرد على الغارة التي استهدفت القاعدة الجوية.");
        Assert.Single(At(doc, "استهدفت"));
    }

    [Fact]
    public void A_present_verb_after_a_definite_attack_noun_describes_its_aim()
    {
        var doc = Run(
            "وفجر انتحاري نفسه قرب مقر الشرطة صباح اليوم.",
            "وقال مصدر أمني إن التفجير يستهدف قوات الأمن في المنطقة.");
        Assert.Empty(At(doc, "يستهدف"));
    }

    [Fact]
    public void The_use_of_chemical_weapons_by_a_named_side_is_that_sides_act()
    {
        var doc = Run("وتوعدت العواصم الغربية بالرد على استخدام الجيش السوري الأسلحة الكيماوية في ريف المدينة.");
        var use = Assert.Single(At(doc, "استخدام"));
        Assert.Equal("2041", use.Cameo);
        Assert.Contains("الجيش السوري", Words(doc, use.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void The_use_of_chemical_weapons_with_lam_before_the_weapon_is_coded_too()
    {
        var doc = Run("وقال الوزير إن استخدام الحكومة السورية لغاز الكلور جريمة حرب.");
        Assert.Equal("2041", Assert.Single(At(doc, "استخدام")).Cameo);
    }

    [Fact]
    public void Chemical_weapons_in_general_and_other_uses_are_no_event()
    {
        var doc = Run(
            "ودعا البيان إلى منع استخدام الأسلحة الكيماوية في أي مكان.",
            "وانتقد الوزير استخدام الحكومة السورية القوة ضد المتظاهرين.");
        Assert.Empty(At(doc, "استخدام"));
    }

    [Fact]
    public void An_agent_phrase_after_an_arrest_noun_names_its_author()
    {
        var doc = Run("وقالت النقابة إنها تلقت بلاغا بواقعة احتجاز عدد من المعلمين على يد مسلحين مجهولين.");
        var arrest = Assert.Single(At(doc, "احتجاز"));
        Assert.Equal("173", arrest.Cameo);
        Assert.Contains("مسلحين", Words(doc, arrest.Source), StringComparison.Ordinal);
        Assert.Contains("المعلمين", Words(doc, arrest.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_phrase_in_another_clause_is_not_the_nouns()
    {
        var doc = Run("وأدان الوزير احتجاز الصحفيين، وقال إن قرار الإفراج عنهم صدر من قبل المحكمة.");
        Assert.Empty(At(doc, "احتجاز"));
    }
}
