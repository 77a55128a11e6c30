using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop): the other side of a meeting named by a
/// common noun (a delegation, the opposition, notables, soldiers), and the partner of a meeting whose first side is named
/// twice before a dual verb.
/// </summary>
public sealed class EventMeetingSideTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop", "2021-03-04", paragraphs);

    [Theory]
    [InlineData("والتقى الرئيس التركي رجب طيب أردوغان خلال الزيارة جنودا أتراكا وقادة من القوات المسلحة.", "رجب طيب أردوغان", "جنودا")]
    [InlineData("ويعقد الرئيس السوداني عمر البشير منذ عام 2015 اجتماعات مع المعارضة والجماعات المتمردة.", "عمر البشير", "المعارضة")]
    [InlineData("وعقد رئيس الوزراء العراقي حيدر العبادي لقاء مع وجهاء العشائر في البصرة.", "حيدر العبادي", "وجهاء العشائر")]
    [InlineData("واستقبل وزير الخارجية المصري سامح شكري وفدا من رجال الأعمال الأمريكيين.", "سامح شكري", "وفدا")]
    [InlineData("والتقى وزير الخارجية الروسي سيرغي لافروف بممثلي المعارضة السورية في موسكو.", "سيرغي لافروف", "ممثلي المعارضة")]
    [InlineData("واستقبل أمير المنطقة فيصل بن بندر في مكتبه بقصر الحكم وفدا من رجال الأعمال.", "فيصل بن بندر", "وفدا")]
    public void A_meeting_side_named_by_a_common_noun_is_the_span_target(string sentence, string host, string side)
    {
        var doc = Run(sentence);
        // The first side named (a second one joined by و is an event of its own).
        var meeting = doc.Events.First(e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(host, Name(doc, meeting.Source));
        Assert.NotNull(meeting.Target);
        Assert.Null(meeting.Target!.EntityId);
        Assert.Contains(side, doc.Slice(meeting.Target.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sides_joined_by_wa_are_two_meetings()
    {
        var doc = Run("ويعقد الرئيس السوداني عمر البشير منذ عام 2015 اجتماعات مع المعارضة والجماعات المتمردة.");
        var sides = doc.Events.Where(e => e.Cameo == "040").Select(e => doc.Slice(e.Target!.Span)).ToList();
        Assert.Equal(["المعارضة", "الجماعات المتمردة"], sides);
    }

    [Fact]
    public void A_first_side_named_twice_before_a_dual_verb_meets_the_second()
    {
        var doc = Run("وكان الرئيس الأميركي، دونالد ترمب، والزعيم الكوري الشمالي كيم يونغ أون اجتمعا في لقاء لمدة ساعة.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal("دونالد ترمب", Name(doc, meeting.Source));
        Assert.Equal("كيم يونغ أون", Name(doc, meeting.Target));
    }
}
