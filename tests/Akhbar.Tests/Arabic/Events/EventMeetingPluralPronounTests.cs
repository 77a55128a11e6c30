using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Review of wt-evstmt5 (EventFinder.PossessiveMeetings): only the singular pronouns ه and ها on a meeting noun stand for
/// one owner. A plural "هم" ("خلال اجتماعهم") is a group the sentence names elsewhere, as the dual "هما" is two sides, so
/// the nearest person before the noun is not who met.
/// </summary>
public sealed class EventMeetingPluralPronounTests
{
    [Fact]
    public void A_plural_pronoun_on_a_meeting_noun_is_not_the_person_named_before_it()
    {
        var doc = EventArticle.Run(
            "review19-plural-meeting", "2018-09-15",
            "وكان قادة الفصائل قد رفضوا دعوة الرئيس محمود عباس، وأكدوا خلال اجتماعهم مع رئيس المخابرات المصرية عباس كامل التزامهم بالتهدئة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && EventArticle.Name(doc, e.Source) == "محمود عباس");
    }
}
