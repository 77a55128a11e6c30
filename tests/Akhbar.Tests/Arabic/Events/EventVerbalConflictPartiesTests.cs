using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Who demands, condemns, rejects or threatens, and whom (roots 10-13): protests that demand, statements issued with
/// أصدر, the party a threat's act is aimed at, the maker of a rejected proposal, a warned group, sides joined by و, and
/// the act a side condemns, which is not its own. Sentences written for these tests.
/// </summary>
public sealed class EventVerbalConflictPartiesTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-verbal-conflict-parties", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void A_demand_whose_subject_is_a_protest_is_the_protests_demand()
    {
        var doc = Run(
            "وتشهد محافظات الجنوب منذ أسبوعين تظاهرات احتجاجية تطالب بتوفير الكهرباء والماء.",
            "وتتواصل في المدينة مظاهرات يطالب فيها المزارعون برفع أسعار القمح.");
        var services = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "تطالب");
        Assert.Equal("10", services.Cameo[..2]);
        Assert.Null(services.Source);

        var farmers = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "يطالب");
        Assert.Equal("10", farmers.Cameo[..2]);
        Assert.Equal("المزارعون", Words(doc, farmers.Source));

        // A demand word after a noun that is no protest is still no event without someone who demands.
        var report = Run("ونشرت الصحيفة أمس تقارير تطالب بالتحقيق في الصفقة.");
        Assert.DoesNotContain(report.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && e.Source is null);
    }

    [Fact]
    public void A_statement_issued_with_asdara_speaks_for_its_issuer()
    {
        var doc = Run(
            "أصدرت وزارة الخارجية الفرنسية بيانا، الأحد، يدين الهجوم على القافلة الإنسانية.",
            "وطالب البيان بمحاسبة المسؤولين عن الهجوم.");
        var condemned = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "يدين");
        Assert.Equal("111", condemned.Cameo);
        Assert.Contains("وزارة الخارجية", Words(doc, condemned.Source), StringComparison.Ordinal);

        var demand = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وطالب");
        Assert.Contains("وزارة الخارجية", Words(doc, demand.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_threat_with_no_object_threatens_the_side_its_threatened_act_names()
    {
        var doc = Run(
            "هددت ألمانيا بفرض عقوبات على تركيا بسبب اعتقال الصحفيين.",
            "وتوعد الرئيس الروسي فلاديمير بوتين بشن ضربات جوية على مواقع في سوريا.");
        var sanctions = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هددت");
        Assert.Equal("13", sanctions.Cameo[..2]);
        Assert.Equal("تركيا", Words(doc, sanctions.Target));

        // A country named as where the threatened strikes would fall is a place, not the one threatened.
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "وتوعد" && Words(doc, e.Target) == "سوريا");
    }

    [Fact]
    public void A_warning_after_its_subject_is_aimed_at_the_group_a_common_noun_names()
    {
        var doc = Run("وحذرت روسيا البلدان الغربية من شن عمليات عسكرية في المنطقة.");
        var warning = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وحذرت");
        Assert.Equal("13", warning.Cameo[..2]);
        Assert.Equal("البلدان الغربية", Words(doc, warning.Target));

        // A state warning its own people gives advice; it threatens no side.
        var advice = Run("وحذرت الإمارات مواطنيها من السفر إلى المنطقة.");
        Assert.DoesNotContain(advice.Events, e => Words(advice, e.Target).StartsWith("مواطني", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rejection_of_a_proposal_is_aimed_at_its_maker()
    {
        var doc = Run(
            "ورفضت الحكومة السورية عرض موسكو لوقف إطلاق النار.",
            "ورفضت تركيا الشروط التي اقترحتها واشنطن للإفراج عن القس.");
        var offer = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ورفضت" && e.Sentence == doc.Events.Min(x => x.Sentence));
        Assert.Equal("12", offer.Cameo[..2]);
        Assert.Equal("موسكو", Words(doc, offer.Target));

        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && Words(doc, e.Target) == "واشنطن");
    }

    [Fact]
    public void Sides_joined_by_wa_each_condemn()
    {
        var doc = Run("أدانت السعودية والإمارات والبحرين الهجوم على ناقلة النفط.");
        var condemnations = doc.Events.Where(e => doc.Slice(e.Trigger) == "أدانت").ToList();
        Assert.Equal(3, condemnations.Count);
        Assert.All(condemnations, e => Assert.Equal("111", e.Cameo));
        string[] sides = ["السعودية", "الإمارات", "البحرين"];
        Assert.Equal(sides.Order(StringComparer.Ordinal), condemnations.Select(e => Words(doc, e.Source)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_attack_a_side_condemns_is_not_its_own()
    {
        var doc = Run("تونس تدين الهجوم الإرهابي على الفندق");
        var attack = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "الهجوم");
        Assert.True(EventArticle.Violent(attack));
        Assert.Null(attack.Source);
    }

    [Fact]
    public void Describing_as_massacres_or_by_a_judging_adjective_is_criticism()
    {
        var doc = Run(
            "وطردت بريطانيا 23 دبلوماسيا روسيا، الأربعاء.",
            "ووصفت روسيا ما حدث بالعمل الاستفزازي.");
        var described = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ووصفت");
        Assert.Equal("111", described.Cameo);
        Assert.Equal("روسيا", Words(doc, described.Source));
    }
}
