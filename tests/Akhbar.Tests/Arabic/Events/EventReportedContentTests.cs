using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Plain statements coded by what their words report: a response the speaker's side promises is a threat, threat phrases
/// said by unnamed officials threaten too, and a prayer on دعا is a statement, not an appeal; on sentences written for
/// these tests.
/// </summary>
public sealed class EventReportedContentTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-reported-content", "2021-06-01", paragraphs);

    private static CodedEvent SaidBy(Document doc, string speaker) =>
        Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains(speaker, StringComparison.Ordinal));

    [Fact]
    public void A_response_the_speakers_side_promises_threatens_the_actor_it_answers_but_an_answer_or_another_sides_response_does_not()
    {
        var doc = Run(
            "وأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده سترد بالمثل على قرار الولايات المتحدة طرد الدبلوماسيين.",
            "وقالت وزارة الخارجية الفرنسية إنها تلقت الرسالة وإنها سترد في الوقت اللازم.",
            "وقال وزير الخارجية الألماني هايكو ماس إن الصين سترد بالمثل على الرسوم الأمريكية.");
        var threat = SaidBy(doc, "لافروف");
        Assert.Equal("130", threat.Cameo);
        Assert.Equal("الولايات المتحدة", doc.Slice(threat.Target!.Span));
        // A ministry that will answer a letter replies; a minister who foresees China's response threatens no one.
        Assert.Equal("010", SaidBy(doc, "الفرنسية").Cameo);
        Assert.Equal("010", SaidBy(doc, "ماس").Cameo);
    }

    [Fact]
    public void A_response_given_in_some_manner_threatens_only_when_the_manner_is_one_of_force()
    {
        var doc = Run(
            "وقال رئيس الحكومة اليابانية إن بلاده سترد بشكل \"مناسب\" على أي استفزاز من كوريا الشمالية.",
            "وقالت وزارة التربية إنها سترد بشكل مفصل على أسئلة النواب حول المناهج.",
            "وأكد وزير الصحة البرازيلي أن الوزارة سترد بكل شفافية على تقرير البرلمان.");
        Assert.Equal("130", SaidBy(doc, "رئيس الحكومة").Cameo);
        // Answering in detail, or in all openness, is replying, not threatening.
        Assert.Equal("010", SaidBy(doc, "وزارة التربية").Cameo);
        Assert.Equal("010", SaidBy(doc, "وزير الصحة").Cameo);
    }

    [Fact]
    public void A_quick_response_threatens_only_with_a_manner_of_force_or_against_any_attack()
    {
        var doc = Run(
            "وقالت وزارة الإسكان إنها سترد بسرعة على استفسارات المواطنين حول القروض.",
            "وقال رئيس الأركان الإيراني إن بلاده سترد بسرعة وبشكل مناسب على الضربات.",
            "وأكد وزير الدفاع الكوري الجنوبي أن الجيش سيرد بسرعة على أي هجوم من الشمال.",
            "وقال قائد الجيش الباكستاني إن القوات سترد بسرعة وحسم على التوغل.");
        // Answering citizens quickly is replying, not threatening.
        Assert.Equal("010", SaidBy(doc, "وزارة الإسكان").Cameo);
        Assert.Equal("130", SaidBy(doc, "رئيس الأركان").Cameo);
        Assert.Equal("130", SaidBy(doc, "وزير الدفاع").Cameo);
        Assert.Equal("130", SaidBy(doc, "قائد الجيش").Cameo);
    }

    [Fact]
    public void A_response_promised_with_force_but_to_no_named_author_is_a_threat_with_no_target()
    {
        var doc = Run("وقال وزير الدفاع البريطاني إن ما جرى أمام السفارة سيتم الرد عليه \"بقوة\" في الوقت المناسب.");
        var threat = SaidBy(doc, "وزير الدفاع");
        Assert.Equal("130", threat.Cameo);
        Assert.Null(threat.Target);
    }

    [Fact]
    public void A_response_promised_inside_words_that_report_the_speakers_own_statement_is_still_a_threat()
    {
        // The threat is told when the statement is made, like every threat of a statement's words: the inner "أوضحت" (the
        // speaker's own act in the words) no longer makes the statement go as a plain 010 before the response is read.
        var doc = Run(
            "وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده تتابع التطورات في البصرة عن كثب.",
            "وأضاف \"أوضحت أن الولايات المتحدة سترد بسرعة وبحزم على أي اعتداء على دبلوماسييها\".");
        var threat = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأضاف");
        Assert.Equal("130", threat.Cameo);
        Assert.Contains("بومبيو", doc.Slice(threat.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Unnamed_officials_who_promise_a_cost_to_an_actor_threaten_it_but_a_report_does_not()
    {
        var doc = Run(
            "وقالت مصادر عسكرية إسرائيلية إن الرئيس السوري بشار الأسد سيدفع ثمن أي هجوم على إسرائيل.",
            "وذكرت صحيفة محلية أن الرئيس السوري بشار الأسد سيدفع ثمن سياساته.");
        var threat = SaidBy(doc, "مصادر عسكرية");
        Assert.Equal("130", threat.Cameo);
        Assert.Contains("الأسد", doc.Slice(threat.Target!.Span), StringComparison.Ordinal);
        Assert.Equal("010", SaidBy(doc, "صحيفة").Cameo);
    }

    [Fact]
    public void A_prayer_on_the_verb_of_calling_is_a_statement_but_a_call_on_a_party_is_an_appeal()
    {
        var doc = Run(
            "وأشاد وزير الداخلية الأمير عبدالعزيز بن سعود بجهود رجال الأمن، داعيا الله العلي القدير أن يحفظ البلاد من كل مكروه.",
            "وسأل قائد المنطقة الله عز وجل أن يمن على المصابين بالشفاء العاجل.",
            "وقال أمير منطقة الرياض إن الحملة حققت أهدافها، داعياً أن يتقبل الله من الجميع صيامهم.",
            "ودعا وزير الخارجية الفرنسي حزب الله إلى الانسحاب من سوريا.",
            "ودعا وزير الأوقاف الأردني الشباب للعمل في سبيل الله تعالى وخدمة المجتمع.");
        var prayers = doc.Events.Where(e => doc.Slice(e.Trigger).StartsWith("داعي", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, prayers.Count);
        Assert.All(prayers, p => Assert.Equal("010", p.Cameo));
        Assert.All(prayers, p => Assert.Null(p.Target));
        Assert.Equal("020", SaidBy(doc, "الفرنسي").Cameo);
        // "في سبيل الله تعالى" is a genitive phrase inside the appeal's complement, not God addressed.
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("الأوقاف", StringComparison.Ordinal) && e.Cameo == "010");
        // God after the subject ("وسأل قائد المنطقة الله عز وجل أن").
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("سأل", StringComparison.Ordinal) && e.Cameo != "010");
        Assert.Contains(doc.Events, e => doc.Slice(e.Trigger).Contains("سأل", StringComparison.Ordinal) && e.Cameo == "010");
    }

    [Fact]
    public void A_verb_form_after_a_kinship_word_is_part_of_a_name_not_a_demand()
    {
        var doc = Run(
            "وأوضح المتحدث الأمني أن المصلين كانوا في مسجد الإمام علي بن أبي طالب (رضي الله عنه) بالمدينة.",
            "ويعلق أبو طالب قائلا إن الأمثلة قليلة لكنها موجعة.",
            "وتوقع ابن طالب استمرار انتعاش سوق تأجير السيارات.",
            "وطالب وزير الصحة المستشفيات بتوفير الأدوية.");
        var demand = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Contains("وزير الصحة", doc.Slice(demand.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_word_after_a_kinship_word_lends_no_actor_to_a_cue_joined_after_it()
    {
        // "طالب" in the name would be a demand whose subject is the minister after it; were it made and dropped only at the
        // end, the conjoined "وقال" would first take that minister for its speaker.
        var doc = Run(
            "وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة تدعم جهود السلام في اليمن.",
            "وأشار إلى رسالة من الشيخ محمد بن طالب وزير الداخلية الكويتي، وقال إن البلدين يعملان معا.");
        var said = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال" && e.Trigger.Start > doc.Text.IndexOf("وأشار", StringComparison.Ordinal));
        Assert.Contains("فيصل", doc.Slice(said.Source!.Span), StringComparison.Ordinal);
    }
}
