using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Triggers with no event of the gold at their place on unseen text (issue 7, branch wt-evprec, thirteenth session): words that
/// name an alleged act, a person or a thing rather than report an act. Sentences written for these tests in the style of news.
/// </summary>
public sealed class EventSpuriousTriggerTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-spurious", "2021-06-01", paragraphs);

    private static bool TriggerHas(Document doc, CodedEvent e, string word) => doc.Slice(e.Trigger).Contains(word, StringComparison.Ordinal);

    [Fact]
    public void The_act_a_charge_names_is_alleged_and_not_coded_across_the_accused_and_its_verbal_noun()
    {
        var doc = Run(
            "واتهمت الحكومة البريطانية الاستخبارات العسكرية الروسية بشن هجمات إلكترونية على مؤسسات أوروبية.",
            "وجاءت الضربات على خلفية اتهام النظام بقصف مدينة حمص بالأسلحة الكيماوية.",
            "ودان محلفون المتهم بتهمة الشروع في القتل في هجوم وقع العام الماضي.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "واتهمت") && e.Cameo == "112");
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "هجمات"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "بقصف"));
        Assert.DoesNotContain(doc.Events, e => TriggerHas(doc, e, "هجوم"));
    }

    [Fact]
    public void An_act_after_a_comma_that_ends_the_charge_is_reported()
    {
        var doc = Run("واتهمت المعارضة الحكومة بالتصعيد، فيما شنت القوات الحكومية هجوما على مواقع المسلحين شمال المدينة.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "هجوما") && e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Counted_defendants_are_no_charge_and_the_clashes_they_were_convicted_for_are_reported()
    {
        var doc = Run("وحكمت محكمة تركية على 40 متهما بالسجن المؤبد لدورهم في اشتباكات عنيفة قرب مقر الجيش.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "اشتباكات"));
    }

    [Fact]
    public void Talib_after_a_count_or_before_asylum_is_a_student_or_a_seeker_not_a_demand()
    {
        var doc = Run(
            "وقال وزير التعليم إن الخطة ستزيد عدد المعلمين في المدارس. ويدرس نحو 2.5 مليون طالب في المدارس الحكومية بالبلاد.",
            "وبموجب القانون، فإن على الدولة التي يصل إليها طالب لجوء أولا أن تنظر في طلبه.",
            "وطالب وزير الخارجية الفرنسي روسيا بالإفراج عن الصحفيين.");
        var demand = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.True(TriggerHas(doc, demand, "وطالب"));
        Assert.DoesNotContain(doc.Quotes, q => doc.Slice(q.Cue) == "طالب");
    }

    [Fact]
    public void An_agreement_named_as_a_thing_is_no_act_of_agreeing()
    {
        var doc = Run(
            "وقال وزير الخارجية الألماني إن بلاده تسعى لإنقاذ الاتفاق النووي مع إيران.",
            "وتعهدت الحكومة بالرد في حال خرق اتفاق تبادل الأسرى بين البلدين.",
            "وأكدت الرئاسة أن بلادها ملتزمة باتفاق 2015 رغم الضغوط.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var statement = Assert.Single(doc.Events, e => TriggerHas(doc, e, "وقال"));
        Assert.Equal("010", statement.Cameo);
    }

    [Fact]
    public void An_agreement_reached_or_signed_is_still_an_event()
    {
        var doc = Run(
            "وأعلنت وزارة الخارجية الأردنية التوصل إلى اتفاق مع العراق على فتح المعبر الحدودي.",
            "ووقعت مصر والسودان اتفاقية التجارة الحرة في القاهرة.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "اتفاق") && e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "اتفاقية") && e.Cameo == "057");
    }

    [Fact]
    public void A_word_of_the_lexicon_inside_an_organizations_name_is_no_event()
    {
        var doc = Run(
            "وقصفت طائرات تحالف دعم الشرعية في اليمن مواقع للحوثيين في صعدة.",
            "وأعلن تحالف دعم الشرعية في اليمن، السبت، تدمير منظومة دفاع جوي للحوثيين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "وقصفت"));
    }

    [Fact]
    public void Papers_tell_what_a_state_rejected_and_do_not_voice_the_rejection()
    {
        var doc = Run("وذكرت صحف بريطانية، أن الحكومة الفرنسية رفضت عرضا إيطاليا بإعادة المهاجرين إلى ليبيا.");
        var statement = Assert.Single(doc.Events, e => TriggerHas(doc, e, "وذكرت"));
        Assert.Equal("010", statement.Cameo);
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "رفضت") && e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_whose_issuer_is_not_named_are_no_speaker()
    {
        var doc = Run(
            "وذكرت تقارير أن الحكومة الفرنسية رفضت عرضا إيطاليا بإعادة المهاجرين إلى ليبيا.",
            "وذكرت تقارير إعلامية محلية أن الشرطة أغلقت الطريق.");
        Assert.Contains(doc.Events, e => TriggerHas(doc, e, "رفضت") && e.Cameo.StartsWith("12", StringComparison.Ordinal));
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وذكرت");
        Assert.Equal("تقارير إعلامية محلية", doc.Slice(statement.Source!.Span));
    }
}
