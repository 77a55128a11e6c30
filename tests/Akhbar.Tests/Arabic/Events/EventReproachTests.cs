using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Verbal conflict the lexicon alone missed: a description of a side as deceitful or malicious (وصفه بالخبيث، بأنه مراوغ)
/// criticizes it (111), and the feminine participle "، مطالبة" after a comma, spelt as the verbal noun, reports a demand
/// (10x) by the sentence's subject; a describing verb after a relative pronoun has the relative's antecedent for its
/// describer. Sentences written for these tests.
/// </summary>
public sealed class EventReproachTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-reproach", "2021-06-01", paragraphs);

    [Fact]
    public void Describing_a_side_as_malicious_or_evasive_criticizes_it()
    {
        var doc = Run(
            "وانتقد قائد القيادة المركزية الأمريكية الجنرال كينيث ماكنزي سياسة إيران في المنطقة ووصفها بالخبيثة.",
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن المفاوضات متوقفة. ووصف الرئيس الفلسطيني محمود عباس بأنه \"زعيم مراوغ\".");
        var malicious = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ووصفها");
        Assert.Equal("111", malicious.Cameo);
        // The general, by his title or his name: one entity.
        Assert.Contains("القيادة المركزية", doc.Slice(malicious.Source!.Span), StringComparison.Ordinal);

        var evasive = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ووصف");
        Assert.Equal("111", evasive.Cameo);
        Assert.Contains("نتنياهو", doc.Slice(evasive.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("عباس", doc.Slice(evasive.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_describing_verb_after_a_relative_pronoun_has_the_antecedent_for_describer_but_not_as_a_passive()
    {
        var doc = Run(
            "قال رئيس الحكومة اللبنانية سعد الحريري إن الانتخابات النيابية ستجري في موعدها.",
            "وهاجم النائب سامي الجميل الوزير جبران باسيل الذي وصف رئيس البرلمان نبيه بري بأنه \"بلطجي\".",
            "وانتقد المحامي خالد علي سجن الناشط علاء عبد الفتاح الذي وصف بأنه \"إرهابي\" في الإعلام الرسمي.");
        var described = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وصف");
        Assert.Equal("111", described.Cameo);
        Assert.Contains("باسيل", doc.Slice(described.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("بري", doc.Slice(described.Target!.Span), StringComparison.Ordinal);
        // The activist is who was described, no describer.
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("علاء", StringComparison.Ordinal));
    }

    [Fact]
    public void The_feminine_participle_of_demand_after_a_comma_is_a_demand_by_the_subject_but_the_noun_is_not()
    {
        var doc = Run(
            "وقاطعت حركة النهضة التونسية جلسة الحوار الوطني، مطالبة الحكومة بالاستقالة الفورية.",
            "وأكد الوزير أن مطالبة النقابات بزيادة الأجور قيد الدراسة.");
        var demand = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "مطالبة");
        Assert.StartsWith("10", demand.Cameo, StringComparison.Ordinal);
        Assert.Contains("النهضة", doc.Slice(demand.Source!.Span), StringComparison.Ordinal);
    }
}
