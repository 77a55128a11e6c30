using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Verbal conflict read from the words around a criticism (CAMEO 11): criticism someone faces or draws is aimed at them,
/// criticism named with whom it is aimed at but not its authors, a step called unacceptable or illegal, a state that regards
/// a group as terrorist, mocking, and a team's promised answer on a sport page. Sentences written for these tests.
/// </summary>
public sealed class EventCriticismAndDesignationTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-criticism-designation", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void Criticism_someone_faces_or_draws_is_aimed_at_them_not_made_by_them()
    {
        var doc = Run(
            "وواجه الرئيس الأمريكي دونالد ترامب انتقادات حادة بعد القمة.",
            "ولقيت شركة مايكروسوفت انتقادات من منظمة العفو الدولية بسبب الرسالة.",
            "وكرر الرئيس الأمريكي دونالد ترامب انتقاداته لمنظمة أوبك.");
        var faced = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "انتقادات" && e.Target is { } t && doc.Slice(t.Span).Contains("ترامب", StringComparison.Ordinal));
        Assert.Equal("111", faced.Cameo);
        Assert.Null(faced.Source);

        var drawn = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "انتقادات" && e.Target is { } t && doc.Slice(t.Span).Contains("مايكروسوفت", StringComparison.Ordinal));
        Assert.Contains("العفو", doc.Slice(drawn.Source!.Span), StringComparison.Ordinal);

        // His own criticism, with its possessive, stays his.
        var own = At(doc, "انتقاداته");
        Assert.Contains("ترامب", doc.Slice(own.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("أوبك", doc.Slice(own.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Criticism_named_with_its_target_but_not_its_authors_is_coded_without_a_source()
    {
        var doc = Run("وقتل الجيش عشرات المتظاهرين، الأمر الذي أدى إلى انتقادات دولية واسعة لإسرائيل.");
        var criticism = At(doc, "انتقادات");
        Assert.Equal("111", criticism.Cameo);
        Assert.Null(criticism.Source);
        Assert.Contains("إسرائيل", doc.Slice(criticism.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_that_regards_a_group_as_terrorist_accuses_it()
    {
        var doc = Run(
            "وقال مسؤولون إن ثلاثة أشخاص قتلوا بحسب وزارة الصحة التابعة لحركة حماس التي تعتبرها إسرائيل \"إرهابية\".",
            "وتعتبر أنقرة وحدات حماية الشعب الكردية امتدادا لحزب العمال الكردستاني.");
        var hamas = At(doc, "تعتبرها");
        Assert.Equal("112", hamas.Cameo);
        Assert.Contains("إسرائيل", doc.Slice(hamas.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("حماس", doc.Slice(hamas.Target!.Span), StringComparison.Ordinal);
        var extension = At(doc, "وتعتبر");
        Assert.Equal("112", extension.Cameo);
        Assert.Contains("أنقرة", doc.Slice(extension.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("وحدات حماية الشعب", doc.Slice(extension.Target!.Span), StringComparison.Ordinal);

        // "بلاده" after the verb is the state of the relative clause's antecedent.
        var own = Run("وزار الرئيس التركي رجب طيب أردوغان لندن. وكان أردوغان، الذي تعتبر بلاده وحدات حماية الشعب الكردية امتدادا لحزب العمال الكردستاني، قد هدد بعملية جديدة في تركيا.");
        var regarded = At(own, "تعتبر");
        Assert.Equal("112", regarded.Cameo);
        Assert.Equal("بلاده", own.Slice(regarded.Source!.Span));
        Assert.Contains("وحدات حماية الشعب", own.Slice(regarded.Target!.Span), StringComparison.Ordinal);

        // Regarding something as anything else judges nobody.
        var other = Run("وتعتبر أنقرة الاتفاق خطوة مهمة نحو السلام.");
        Assert.DoesNotContain(other.Events, e => e.Cameo == "112");
    }

    [Fact]
    public void A_state_official_named_after_his_title_who_regards_a_group_as_terrorist_accuses_it()
    {
        // The title is no mention of its own: the one who regards is the name after it, and the group follows the name.
        var doc = Run(
            "واعتبر وزير الدفاع الإسرائيلي أفيغدور ليبرمان حركة حماس منظمة إرهابية.",
            "وتعتبر رئيسة الوزراء البريطانية تيريزا ماي حزب العمال الكردستاني منظمة إرهابية.");
        var liberman = At(doc, "واعتبر");
        Assert.Equal("112", liberman.Cameo);
        Assert.Contains("ليبرمان", doc.Slice(liberman.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("حماس", doc.Slice(liberman.Target!.Span), StringComparison.Ordinal);
        var may = At(doc, "وتعتبر");
        Assert.Equal("112", may.Cameo);
        Assert.Contains("تيريزا ماي", doc.Slice(may.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("حزب العمال الكردستاني", doc.Slice(may.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Mocking_someone_is_criticism_but_harnessing_resources_is_not()
    {
        var doc = Run("وسخر الرئيس الأمريكي دونالد ترامب من الرئيس الفرنسي إيمانويل ماكرون في تغريدة.");
        var mocking = At(doc, "وسخر");
        Assert.Equal("111", mocking.Cameo);
        Assert.Contains("ترامب", doc.Slice(mocking.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("ماكرون", doc.Slice(mocking.Target!.Span), StringComparison.Ordinal);

        var harnessing = Run("وسخرت الحكومة المصرية كل مواردها لتنظيم المؤتمر.");
        Assert.DoesNotContain(harnessing.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_team_promising_to_answer_on_the_pitch_threatens_nobody()
    {
        var doc = Run(
            "أكد مدرب نادي الهلال أن الفريق سيرد بقوة في المباراة المقبلة أمام النصر في الدوري بعد الخسارة الأخيرة.",
            "وقال المدرب إن اللاعبين جاهزون للمباراة وإن الجماهير ستدعم الفريق في الملعب، مضيفا أن الهدف هو الفوز بلقب الدوري والكأس هذا الموسم.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_that_call_a_step_unacceptable_or_illegal_criticize_its_author_but_an_illegal_crossing_is_a_report()
    {
        var doc = Run(
            "وقال الرئيس الفرنسي إيمانويل ماكرون إن قرار الولايات المتحدة فرض رسوم جمركية على الصلب خطأ وغير قانوني.",
            "وقالت الشرطة الإيطالية إن المهاجرين عبروا إلى إيطاليا بطريقة غير قانونية.");
        var judged = At(doc, "وقال");
        Assert.Equal("111", judged.Cameo);
        Assert.Contains("الولايات المتحدة", doc.Slice(judged.Target!.Span), StringComparison.Ordinal);
        Assert.Equal("010", At(doc, "وقالت").Cameo);
    }

    [Fact]
    public void A_verbal_act_after_a_town_and_a_relative_pronoun_has_the_actor_after_it_for_subject()
    {
        var doc = Run("وأشار الوزير إلى الهجوم على بلدة خان شيخون السورية التي تتهم واشنطن النظام السوري بشنه.");
        var accusation = At(doc, "تتهم");
        Assert.Equal("112", accusation.Cameo);
        Assert.Contains("واشنطن", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("النظام السوري", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_condemned_thing_the_lexicon_does_not_code_is_condemned_in_the_agent_named_after_it()
    {
        var doc = Run("أدانت كوريا الشمالية، الاستخدام المفرط للقوة من قبل الجيش الإسرائيلي مع المتظاهرين.");
        var condemnation = At(doc, "أدانت");
        Assert.Equal("111", condemnation.Cameo);
        Assert.Contains("الجيش الإسرائيلي", doc.Slice(condemnation.Target!.Span), StringComparison.Ordinal);
    }
}
