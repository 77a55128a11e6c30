using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A noun of kinship, counsel or following in construct with a name ("زوجة مينغ"، "محامي بوتينا") makes the name its owner,
/// not the actor (EventFinder.RelativesOfNamed, branch wt-evstmt6). Sentences written for these tests.
/// </summary>
public sealed class EventRelativesOfNamedTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-relatives-of-named", "2021-05-06", paragraphs);

    [Fact]
    public void A_wife_who_speaks_is_the_speaker_not_her_husband()
    {
        var doc = Run(
            "اختفى رجل الأعمال الصيني لي وانغ تشاو منذ أسبوعين بعد سفره إلى بكين.",
            "وأعلنت زوجة وانغ تشاو أنها فقدت الاتصال به منذ الأحد.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وأعلنت");
        Assert.Null(statement.Source!.EntityId);
        Assert.StartsWith("زوجة", doc.Slice(statement.Source.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lawyer_named_after_a_comma_is_the_speaker()
    {
        var doc = Run(
            "مثلت الناشطة الروسية ماريا كوزنيتسوفا أمام محكمة أمريكية.",
            "وقال محامي كوزنيتسوفا، روبرت هاريسون، إن موكلته بريئة.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال");
        Assert.Contains("هاريسون", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_son_named_after_his_pronoun_stays_the_speaker()
    {
        // "ابنه" (his son) names the person after it; it is no construct with that name.
        var doc = Run(
            "توفي الكاتب المصري أحمد الشريف أمس في القاهرة.",
            "وقال ابنه كريم الشريف إن والده كان مريضا منذ شهور.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "وقال");
        Assert.Contains("كريم", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }
}
