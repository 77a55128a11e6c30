using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Verbal conflict (roots 10-13) by a body or group the text names by its common noun, with no entity: a magazine, a
/// council, unnamed military sources. Sentences written for these tests.
/// </summary>
public sealed class EventVerbalConflictByGroupsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-verbal-conflict-groups", "2021-06-01", paragraphs);

    [Fact]
    public void A_body_named_by_its_noun_right_after_a_verb_of_verbal_conflict_that_opens_its_clause_is_its_source()
    {
        var doc = Run(
            "ونددت المجلة الأسبوعية بمضايقات استهدفت صحفييها في الجنوب.",
            "هددت مصادر عسكرية إسرائيلية، الأربعاء، الرئيس السوري بشار الأسد بدفع الثمن.");
        var condemned = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ونددت");
        Assert.Equal("111", condemned.Cameo);
        Assert.Contains("المجلة", doc.Slice(condemned.Source!.Span), StringComparison.Ordinal);
        Assert.Null(condemned.Target);

        var threat = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هددت");
        Assert.Equal("13", threat.Cameo[..2]);
        Assert.Contains("مصادر عسكرية", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("الأسد", doc.Slice(threat.Target!.Span), StringComparison.Ordinal);

        // Deeper in its clause, or after a verb in the first person, the noun after the verb is its object.
        var others = Run(
            "وقال وزير الخارجية الروسي إن بلاده لن تتراجع، كما انتقد التقارير حول خسائر روسية.",
            "وحمل المسؤولين السابقين مسؤولية العجز التجاري.",
            "ونطالب مدير الشؤون الصحية بالنظر في الرواتب.");
        Assert.DoesNotContain(others.Events, e => e.Source is { EntityId: null } s && others.Slice(s.Span) is var words
            && (words.StartsWith("التقارير", StringComparison.Ordinal) || words.StartsWith("المسؤولين", StringComparison.Ordinal)
                || words.StartsWith("مدير", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bodies_named_by_a_plural_or_dual_accuse_when_the_verb_agrees_with_them()
    {
        var doc = Run(
            "وتتهم الدولتان إيران بالتدخل في شؤون المنطقة.",
            "وقال الوزير إن بلاده لن تنسحب، واتهم الدول المشاركة في المقاطعة بمحاولة فرض الوصاية.",
            "واتهمت المجموعة بإنشاء فرع للتنظيم في المدينة.");
        var states = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وتتهم");
        Assert.Equal("112", states.Cameo);
        Assert.Contains("الدولتان", doc.Slice(states.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("إيران", doc.Slice(states.Target!.Span), StringComparison.Ordinal);

        // A masculine verb before a feminine plural of bodies has its subject elsewhere; a charge right after the noun makes
        // the verb a passive.
        Assert.DoesNotContain(doc.Events, e => e.Source is { EntityId: null } s && doc.Slice(s.Span) is var words
            && (words.StartsWith("الدول ", StringComparison.Ordinal) || words == "الدول" || words.StartsWith("المجموعة", StringComparison.Ordinal)));
    }

    [Fact]
    public void Criticism_named_with_its_own_target_is_not_turned_on_whoever_faced_something_before_it()
    {
        var doc = Run(
            "وواجهت تركيا الأكراد بالسلاح وسط انتقادات أوروبية لواشنطن.",
            "وواجه الرئيس الأمريكي دونالد ترامب انتقادات حادة من الكونغرس.");
        var criticisms = doc.Events.Where(e => doc.Slice(e.Trigger) == "انتقادات").OrderBy(e => e.Trigger.Start).ToList();
        Assert.Equal(2, criticisms.Count);
        Assert.Contains("واشنطن", doc.Slice(criticisms[0].Target!.Span), StringComparison.Ordinal);

        // A criticism faced is still aimed at whoever faced it.
        var faced = criticisms[1];
        Assert.Contains("ترامب", doc.Slice(faced.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_between_kana_and_a_verb_in_the_past_perfect_is_its_source()
    {
        var doc = Run("وكان عدد من شيوخ العشائر قد هددوا، الخميس، بتوسيع الاعتصامات لتشمل الموانئ.");
        var threat = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "هددوا");
        Assert.Equal("13", threat.Cameo[..2]);
        Assert.Equal("عدد من شيوخ العشائر", doc.Slice(threat.Source!.Span));
    }

    [Fact]
    public void A_statement_that_calls_a_step_unacceptable_criticizes_whether_or_not_it_names_its_author()
    {
        var doc = Run(
            "واعتبر الرئيس الفرنسي إيمانويل ماكرون أنه من غير المقبول إطلاقا إزالة ملصقات المجلة من الأكشاك.",
            "وقال مدير المجلة جان دوبون للصحفيين: \"هذا غير معقول\".",
            "وأضاف وزير المالية الفرنسي برونو لومير أنه من غير المقبول أن تضع الولايات المتحدة نفسها شرطيا للعالم.",
            "وقال المتحدث باسم الشركة إن موظفيها تصرفوا بطريقة غير مقبولة خلال الرحلة.");
        var macron = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "واعتبر");
        Assert.Equal("111", macron.Cameo);
        Assert.Null(macron.Target);
        var director = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال" && doc.Slice(e.Source!.Span).Contains("دوبون", StringComparison.Ordinal));
        Assert.Equal("111", director.Cameo);
        var minister = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأضاف");
        Assert.Equal("111", minister.Cameo);
        Assert.Contains("الولايات المتحدة", doc.Slice(minister.Target!.Span), StringComparison.Ordinal);

        // A manner ("بطريقة غير مقبولة") tells how someone acted: a report, still a plain statement.
        var manner = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال" && doc.Slice(e.Source!.Span).Contains("المتحدث", StringComparison.Ordinal));
        Assert.Equal("010", manner.Cameo);
    }
}
