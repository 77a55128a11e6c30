using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Events the gold does not count, or counts once, on unseen text (issue 7, branch wt-evprec): sentences written for these
/// tests in the style of news.
/// </summary>
public sealed class EventPrecisionTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-precision", "2021-06-01", paragraphs);

    private static bool TriggerHas(Document doc, CodedEvent e, string word) => doc.Slice(e.Trigger).Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_participle_right_after_a_cue_of_the_same_speaker_is_one_statement()
    {
        var doc = Run(
            "وقال رئيس الوزراء الكندي إن بلاده لن تتراجع عن موقفها.",
            "وأضاف رئيس الوزراء الكندي، قائلا: \"لن نقبل بأي ضغوط من أي جهة\".",
            "وعلق وزير الخارجية الإيطالي عبر حسابه على تويتر قائلا إن الاتفاق خطوة مهمة.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "وأضاف"));
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "وعلق"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "قائلا"));
    }

    [Fact]
    public void A_participle_after_the_words_of_a_first_cue_is_a_second_statement()
    {
        var doc = Run(
            "وقال وزير الداخلية الفرنسي إن الشرطة اعتقلت المشتبه به، مضيفا أن التحقيق مستمر.",
            "وأشار وزير المالية الألماني إلى تراجع النمو في المنطقة، مضيفا أن الحكومة ستتدخل.");
        Assert.Equal(2, doc.Events.Count(e => TriggerHas(doc, e, "مضيفا")));
    }

    [Fact]
    public void A_definite_noun_of_force_in_reported_words_refers_back_and_is_not_the_speakers_act()
    {
        var doc = Run(
            "وقصفت طائرات حربية مواقع للمسلحين في ريف المدينة فجر اليوم.",
            "وقال مدير المرصد رامي عبد الرحمن إن الغارات أسفرت عن مقتل عشرة مدنيين.");
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "الغارات"));
        var statement = Assert.Single(doc.Events, e => TriggerHas(doc, e, "قال"));
        Assert.Equal("010", statement.Cameo);
    }

    [Fact]
    public void A_definite_noun_of_protest_after_another_protest_word_refers_back_to_it()
    {
        var doc = Run(
            "وتظاهر آلاف الطلاب أمام مقر الحكومة للمطالبة بإصلاح التعليم.",
            "وقال المتحدث باسم الشرطة إن الاحتجاجات انتهت مساء دون حوادث.",
            "وعلق رئيس الوزراء على الاحتجاجات في كلمة أمام البرلمان.");
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "الاحتجاجات"));
    }

    [Fact]
    public void The_first_mention_in_the_body_of_an_event_of_the_headline_is_no_reference_back()
    {
        var doc = Analyze.Pipeline.Process(new RawArticle
        {
            Id = "events-precision-headline",
            Title = "اشتباكات عنيفة في ضواحي العاصمة",
            Body = "وتواصلت الاشتباكات في ضواحي العاصمة لليوم الثالث على التوالي.",
            Published = PublicationDate.TryParse("2021-06-01", out var day) ? day : null,
        });
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "الاشتباكات"));
    }

    [Fact]
    public void A_body_named_alone_is_not_the_spokesman_named_before_with_it()
    {
        var doc = Run(
            "وقال متحدث باسم الشرطة إن المحتجين أغلقوا الطريق الرئيسي.",
            "وقالت الشرطة إن عشرة أشخاص أصيبوا بجروح طفيفة.");
        var statement = Assert.Single(doc.Events, e => TriggerHas(doc, e, "وقالت"));
        Assert.Equal("الشرطة", doc.Slice(statement.Source!.Span));
    }

    [Fact]
    public void Words_that_open_with_the_speakers_own_act_are_that_act_whichever_mention_names_the_speaker()
    {
        var doc = Run("أدانت الولايات المتحدة الاميركية بشدة إطلاق صواريخ على دولة الكويت، مؤكدة دعمها حق الكويت في الدفاع عن أراضيها.");
        Assert.Contains(doc.Events, e => e.Cameo == "051" && TriggerHas(doc, e, "دعمها"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "مؤكدة"));
    }

    [Fact]
    public void A_country_at_the_end_of_a_place_phrase_after_a_verb_of_witnessing_is_the_scene_not_the_actor()
    {
        var doc = Run("ويشهد شمال شرق نيجيريا هجمات متكررة منذ مطلع العام.");
        var attacks = Assert.Single(doc.Events, e => TriggerHas(doc, e, "هجمات"));
        Assert.Null(attacks.Source);
    }

    [Fact]
    public void A_duty_laid_on_a_class_of_sides_or_told_by_a_verbal_noun_is_an_appeal_to_them()
    {
        var doc = Run(
            "وقال وزير الخارجية الفرنسي إنه يجب على المجتمع الدولي أن يتحرك لوقف القتال.",
            "وقال رئيس البرلمان الكويتي إن على جميع الأطراف وقف التصعيد فورا.");
        var statements = doc.Events.Where(e => TriggerHas(doc, e, "قال")).ToList();
        Assert.Equal(2, statements.Count);
        var first = statements[0];
        Assert.Equal("020", first.Cameo);
        Assert.Contains("المجتمع الدولي", doc.Slice(first.Target!.Span), StringComparison.Ordinal);
        var second = statements[1];
        Assert.Equal("020", second.Cameo);
        Assert.Contains("الأطراف", doc.Slice(second.Target!.Span), StringComparison.Ordinal);
    }
}
