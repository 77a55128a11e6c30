using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-diplo): calls to a meeting, agreeing to meet, calls
/// received from someone, and protests whose purpose noun (احتجاجا على) says what they are against.
/// </summary>
public sealed class EventMeetingAndProtestTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-diplo", "2021-03-04", paragraphs);

    [Theory]
    [InlineData("ودعا الرئيس الفلسطيني محمود عباس إلى عقد اجتماع طارئ لجامعة الدول العربية.", "محمود عباس")]
    [InlineData("دعا وزير الخارجية الأردني أيمن الصفدي إلى اجتماع عاجل للجنة الوزارية.", "أيمن الصفدي")]
    public void A_call_to_a_meeting_is_an_invitation_and_the_meeting_is_not_coded_again(string sentence, string caller)
    {
        var doc = Run(sentence);
        var invitation = Assert.Single(doc.Events, e => e.Cameo == "043");
        Assert.Equal(caller, Name(doc, invitation.Source));
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "040" or "020");
    }

    [Fact]
    public void An_invitation_to_a_meeting_targets_the_invited()
    {
        var doc = Run("ودعت الأمم المتحدة وزير الخارجية اليمني إلى اجتماع في جنيف.");
        var invitation = Assert.Single(doc.Events, e => e.Cameo == "043");
        Assert.Equal("الأمم المتحدة", Name(doc, invitation.Source));
        Assert.Contains("وزير الخارجية اليمني", doc.Slice(invitation.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Agreeing_to_hold_a_summit_is_an_intent_to_meet()
    {
        var doc = Run("ووافقت كوريا الشمالية على عقد قمة مع الولايات المتحدة.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal("036", e.Cameo);
        Assert.Equal("كوريا الشمالية", Name(doc, e.Source));
        Assert.Equal("الولايات المتحدة", Name(doc, e.Target));
    }

    [Theory]
    [InlineData("وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.")]
    [InlineData("وبحث الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي تلقاه من الرئيس الروسي فلاديمير بوتين الأوضاع في ليبيا.")]
    [InlineData("وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من فلاديمير بوتين أمس.")]
    [InlineData("وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الروسي.")]
    public void A_call_received_from_someone_is_the_callers(string sentence)
    {
        var doc = Run(sentence);
        var call = Assert.Single(doc.Events, e => e.Cameo == "041");
        Assert.Equal("فلاديمير بوتين", Name(doc, call.Source));
        Assert.Equal("عبد الفتاح السيسي", Name(doc, call.Target));
    }

    [Fact]
    public void A_protest_noun_of_purpose_completes_the_protest_before_it()
    {
        var doc = Run("وتظاهر آلاف الطلاب في العاصمة احتجاجا على قرار الحكومة رفع الرسوم الجامعية.");
        var protest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("وتظاهر", doc.Slice(protest.Trigger));
        Assert.Contains("الطلاب", doc.Slice(protest.Source!.Span), StringComparison.Ordinal);
        Assert.StartsWith("قرار الحكومة", doc.Slice(protest.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_protest_verb_finds_its_ala_target_after_its_subject_and_through_a_genitive_chain()
    {
        var doc = Run("واحتج عشرات الناشطين أمس على تصريحات وزير الداخلية.");
        var protest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains("الناشطين", doc.Slice(protest.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("تصريحات وزير الداخلية", doc.Slice(protest.Target!.Span));
    }

    [Fact]
    public void A_definite_count_alone_protests()
    {
        var doc = Run("وتظاهر المئات أمام مبنى البرلمان.");
        var protest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("المئات", doc.Slice(protest.Source!.Span));
    }

    [Fact]
    public void A_subject_named_twice_is_not_its_own_object()
    {
        var doc = Run("وأجرى العاهل الأردني الملك عبد الله الثاني اتصالات هاتفية مع الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل.");
        var calls = doc.Events.Where(e => e.Cameo == "041").ToList();
        Assert.Equal<string?>(["إيمانويل ماكرون", "أنجيلا ميركل"], calls.Select(e => Name(doc, e.Target)));
    }

    [Fact]
    public void The_subject_of_shahida_is_the_scene_of_the_protest()
    {
        var doc = Run("وشهدت العاصمة عمان احتجاجات واسعة للمطالبة بإقالة الحكومة.");
        var protest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Null(protest.Source);
    }

    [Theory]
    [InlineData("وخرج آلاف السودانيين في الخرطوم في مظاهرات ضد غلاء الأسعار.", "آلاف السودانيين")]
    [InlineData("وشارك عشرات الآلاف من الجزائريين في مظاهرات وسط العاصمة.", "عشرات الآلاف من الجزائريين")]
    [InlineData("وتظاهر العشرات من أتباع الشيخ أمام مقر المحكمة.", "العشرات")]
    public void Protesters_are_found_across_a_place_and_a_count(string sentence, string protesters)
    {
        var doc = Run(sentence);
        var protest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal(protesters, doc.Slice(protest.Source!.Span));
    }

    [Fact]
    public void Protesters_who_clash_with_the_police_protest_violently()
    {
        var doc = Run("واشتبك المحتجون مع عناصر الشرطة قرب مبنى الوزارة.");
        var clash = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("اشتبك", StringComparison.Ordinal));
        Assert.Equal("145", clash.Cameo);
    }

    [Fact]
    public void A_protest_after_a_plural_verb_keeps_the_protesters_of_the_sentence_before()
    {
        var doc = Run("وتجمع مئات المحتجين أمام مبنى البلدية في المدينة. ونظموا اعتصاما مفتوحا أمام المبنى.");
        var protests = doc.Events.Where(e => e.Cameo.StartsWith("14", StringComparison.Ordinal)).ToList();
        Assert.Contains(protests, e => doc.Slice(e.Trigger) == "اعتصاما" && doc.Slice(e.Source!.Span) == "مئات المحتجين");
    }
}
