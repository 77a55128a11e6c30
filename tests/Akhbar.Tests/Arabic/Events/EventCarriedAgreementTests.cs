using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A verb that opens its sentence without a subject carries over the speaker of the latest quote only when it agrees in
/// person with that quote's cue (EventFinder.CarriedAgreement, branch wt-evcoref). Sentences written for these tests.
/// </summary>
public sealed class EventCarriedAgreementTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-carried-agreement", "2021-05-04", paragraphs);

    private static CodedEvent At(Document doc, string trigger) => Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void A_feminine_verb_does_not_carry_over_a_speaker_whose_cue_was_masculine()
    {
        var doc = Run(
            "وقال قائد شرطة مكافحة الإرهاب دين هايدون إن المتهم كان يخطط لهجمات في المدينة.",
            "وأدانت هيئة محلفين المتهم بالإعداد لأعمال إرهابية.");
        var quoted = Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote);
        var condemned = At(doc, "وأدانت");
        Assert.NotNull(quoted.Source?.EntityId);
        Assert.NotEqual(quoted.Source!.EntityId, condemned.Source?.EntityId);
    }

    [Fact]
    public void A_verb_whose_root_begins_with_ta_agrees_with_a_masculine_cue()
    {
        // تحدث is masculine though it begins like a feminine present: the prime minister still speaks with the president.
        var doc = Run(
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه قدم معلومات جديدة إلى الولايات المتحدة.",
            "وتحدث عبر الهاتف أيضا مع الرئيس الروسي فلاديمير بوتين.");
        var call = At(doc, "وتحدث");
        Assert.Equal("بنيامين نتنياهو", Name(doc, call.Source));
        Assert.Equal("فلاديمير بوتين", Name(doc, call.Target));
    }
}
