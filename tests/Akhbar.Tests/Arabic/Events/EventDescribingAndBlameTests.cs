using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Judging by describing ("وصفه بأنه ...") and holding a side responsible ("حمّل ... المسؤولية"): criticism (111) and
/// accusation (112) whose object is a pronoun, a phrase with no entity or nothing named, on sentences written for these tests.
/// </summary>
public sealed class EventDescribingAndBlameTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-describing-blame", "2021-06-01", paragraphs);

    [Fact]
    public void Describing_with_an_object_pronoun_after_a_condemnation_is_a_second_criticism_by_the_same_side_but_not_after_a_relative_word()
    {
        var doc = Run(
            "واستنكرت وزارة الخارجية الأردنية الهجوم على القافلة ووصفته بأنه \"عمل جبان ومرفوض\".",
            "وقال المتحدث باسم الجماعة إن القائد قتل في غارة لما وصفوه بـ\"العدوان الغاشم\"، وأكدوا أنهم سيواصلون القتال.");
        // One describing event: the words after "لما" judge what the sentence names, and no speaker is taken for them.
        var described = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("وصف", StringComparison.Ordinal));
        Assert.Contains("ووصفته", doc.Slice(described.Trigger), StringComparison.Ordinal);
        Assert.Equal("111", described.Cameo);
        Assert.Equal("111", described.Cameo);
        Assert.Contains("الخارجية", doc.Slice(described.Source!.Span), StringComparison.Ordinal);
        Assert.Null(described.Target);
    }

    [Fact]
    public void Describing_a_step_with_a_word_of_contempt_criticizes_it_even_when_no_author_is_named()
    {
        var doc = Run(
            "ووصف وزير الخارجية الفرنسي جان إيف لودريان الخطوة بأنها \"سخيفة وغير مقبولة\".",
            "وزار المبعوث الأممي المدينة المنكوبة، واصفا الأوضاع هناك بأنها \"كارثة حقيقية\"، مضيفا أن المساعدات لا تكفي.");
        var criticism = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Contains("ووصف", doc.Slice(criticism.Trigger), StringComparison.Ordinal);
        Assert.Contains("لودريان", doc.Slice(criticism.Source!.Span), StringComparison.Ordinal);
        Assert.Null(criticism.Target);
    }

    [Fact]
    public void A_name_right_before_the_judging_words_is_who_is_described_not_who_describes()
    {
        var doc = Run("وقال الرئيس الأمريكي دونالد ترامب إن المحادثات كانت صعبة. كما وصف الرئيس الفنزويلي نيكولاس مادورو بأنه \"كاذب\".");
        var criticism = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Contains("ترامب", doc.Slice(criticism.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("مادورو", doc.Slice(criticism.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Holding_a_group_with_no_entity_responsible_accuses_that_group_but_bearing_responsibility_does_not()
    {
        var doc = Run(
            "وحمّل وزير الداخلية العراقي قاسم الأعرجي المسلحين المجهولين مسؤولية التفجير.",
            "وأكد البيان ضرورة تحمل المجتمع الدولي وكافة مؤسساته المسؤولية الكاملة.");
        var accusation = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Contains("الأعرجي", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Equal("المسلحين المجهولين", doc.Slice(accusation.Target!.Span));
    }
}
