using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop): a union or a governor named in full and then
/// again by the head word alone ("وأضاف الاتحاد"، "وأوضح المحافظ") speaks as the entity named first, also when the
/// outlet relays others' words ("وقالت الصحيفة نقلا عن").
/// </summary>
public sealed class EventNamedAgainTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop-again", "2021-03-04", paragraphs);

    [Theory]
    [InlineData("قال الاتحاد الروسي لكرة القدم الأربعاء إنه رفض ادعاءات اللاعب الغاني.", "وأضاف الاتحاد أن لجنة الانضباط لم تجد أي دليل على الإساءة.", "وأضاف", "الاتحاد الروسي لكرة القدم")]
    [InlineData("ذكرت صحيفة واشنطن بوست الثلاثاء أن المحقق الخاص التقى محامي الرئيس.", "وقالت الصحيفة نقلا عن أربعة أشخاص على علم بالمقابلة إن المحقق أشار إلى مذكرة استدعاء.", "وقالت", "واشنطن بوست")]
    [InlineData("قال محافظ المدينة نايف البكري إن أعمال الصيانة مستمرة في الأحياء الشرقية.", "وأوضح المحافظ أن المشروع سينتهي قبل نهاية العام.", "وأوضح", "نايف البكري")]
    public void A_head_word_alone_speaks_for_the_entity_named_in_full_before(string first, string second, string cue, string speaker)
    {
        var doc = Run(first, second);
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == cue);
        Assert.Equal(speaker, Name(doc, statement.Source));
    }
}
