using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Verbs whose event is in their object noun (events/verb-objects.tsv; docs/stages/events.md, "Verb and object"), on
/// sentences written for these tests: the verb is coded with the object's code when the object follows in its clause,
/// after the subject or the linking preposition, and the object is not coded a second time.
/// </summary>
public sealed class EventVerbObjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-verb-object", "2023-03-02", paragraphs);

    [Fact]
    public void An_arrest_written_with_its_object_after_the_subject_has_the_police_as_source_and_the_men_as_target()
    {
        var doc = Run("ألقت الشرطة الإيطالية القبض على أربعة رجال في نابولي.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("173", e.Cameo);
        Assert.Equal("ألقت", doc.Slice(e.Trigger));
        Assert.StartsWith("الشرطة", doc.Slice(e.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("أربعة رجال", doc.Slice(e.Target!.Span));
    }

    [Theory]
    [InlineData("وأعلن الاتحاد الأوروبي فرض عقوبات جديدة على سوريا.", "163")]
    [InlineData("وشاركت مئات النساء في مظاهرة احتجاج أمام البرلمان.", "141")]
    public void Two_adjacent_words_coded_alike_with_the_same_actors_are_one_event(string sentence, string cameo)
    {
        var doc = Run(sentence);
        Assert.Single(doc.Events, e => e.Cameo == cameo);
    }

    [Fact]
    public void A_release_takes_the_person_after_its_object_as_target()
    {
        var doc = Run("وأطلقت السلطات الإيرانية سراح الصحفي بعد ثلاثة أشهر.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("084", e.Cameo);
        Assert.Equal("الصحفي", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void A_verb_without_its_object_is_no_event()
    {
        var doc = Run("وقدم الرئيس الفرنسي إيمانويل ماكرون خطة جديدة للنقل العام.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("قدم", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقدم الرئيس الفرنسي إيمانويل ماكرون تعازيه لأسر الضحايا.", "018")]
    [InlineData("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في انتهاء الأزمة قريبا.", "013")]
    [InlineData("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن قلقه من ارتفاع الأسعار.", "012")]
    public void A_comment_carried_by_its_object_is_coded_with_the_object_code(string sentence, string cameo)
    {
        var doc = Run(sentence);
        var e = Assert.Single(doc.Events);
        Assert.Equal(cameo, e.Cameo);
        Assert.NotNull(e.Source?.EntityId);
    }

    [Fact]
    public void Lifting_sanctions_is_coded_once_as_easing_them_not_again_as_imposing_them()
    {
        var doc = Run("ورفعت الولايات المتحدة العقوبات عن فنزويلا.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("085", e.Cameo);
        Assert.Equal("فنزويلا", doc.Slice(e.Target!.Span));
    }

    [Fact]
    public void An_object_after_a_preposition_is_not_the_direct_object_of_a_pattern_without_a_link()
    {
        var doc = Run("وفتحت الحكومة الباب أمام تحقيق برلماني.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "090");
    }

    [Fact]
    public void An_object_the_clause_does_not_reach_is_not_the_verb_object()
    {
        var doc = Run("وقطعت الحكومة الكهرباء عن المدينة، لكن العلاقات مع جارتها بقيت هادئة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "161");
    }

    [Fact]
    public void The_shipped_table_finds_a_verb_with_its_clitics_and_an_object_with_its_article_and_pronoun()
    {
        var doc = Run("وأعربت الحكومة عن قلقها وسيقدمون التعازي.");
        var table = EventVerbObjects.Default;
        Token Word(string text) => doc.Tokens.First(t => doc.Slice(t.Span) == text);
        var patterns = table.PatternsOf(Word("وأعربت"), doc.Text, out _);
        Assert.NotNull(patterns);
        var concern = patterns!.Patterns.Single(p => p.Object == "قلق");
        Assert.True(EventVerbObjects.IsObject(concern, Word("قلقها"), doc.Text, out _));
        var future = table.PatternsOf(Word("وسيقدمون"), doc.Text, out var isFuture);
        Assert.True(isFuture);
        Assert.True(EventVerbObjects.IsObject(future!.Patterns.Single(p => p.Object == "تعزيه"), Word("التعازي"), doc.Text, out _));
    }

    [Fact]
    public void A_verbal_noun_written_like_the_verb_reports_no_act()
    {
        var doc = Run("واستبعد وزير الخارجية البريطاني جيريمي هنت رفع العقوبات عن كوريا الشمالية قريبا.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "085" or "163");
    }

    [Fact]
    public void A_form_one_verb_opening_its_sentence_is_a_verb_though_written_like_its_noun()
    {
        var doc = Run("وقال المتحدث باسم الجيش الكندي جون سميث إن الدورية تعرضت لهجوم.", "وفتح النار على المهاجمين.");
        Assert.Contains(doc.Events, e => e.Cameo == "180" && doc.Slice(e.Trigger).StartsWith("وفتح", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ولم تعلق وزارة الخارجية الكندية على التقرير.", true)]
    [InlineData("وعلقت وزارة الخارجية الكندية المحادثات التجارية مع البرازيل.", false)]
    public void A_statement_verb_that_needs_its_preposition_is_a_statement_only_with_it(string sentence, bool statement)
    {
        var doc = Run(sentence);
        Assert.Equal(statement, doc.Events.Any(e => e.Cameo == "010" && doc.Slice(e.Trigger).Contains("علق", StringComparison.Ordinal)));
    }

    [Fact]
    public void Readiness_solidarity_regret_a_call_and_restrictions_are_coded_by_their_object()
    {
        var doc = Run(
            "وأعرب وزير الخارجية الروسي سيرغي لافروف عن استعداد موسكو للتعاون مع أنقرة.",
            "وأعربت الحكومة المصرية عن تضامنها مع فرنسا.",
            "وأعرب الرئيس التونسي الباجي قائد السبسي عن أسفه لقرار الحكومة الليبية.",
            "وأجرى الرئيس الروسي فلاديمير بوتين اتصالا بنظيره التركي رجب طيب أردوغان.",
            "وفرضت السلطات الصينية قيودا على الصحفيين الأجانب.");
        string[] expected = ["030", "051", "012", "041", "172"];
        foreach (var code in expected)
        {
            Assert.Contains(doc.Events, e => e.Cameo == code);
        }

        Assert.Equal("فرنسا", doc.Slice(Assert.Single(doc.Events, e => e.Cameo == "051").Target!.Span));
    }
}
