using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop2): a meeting noun among reported words that
/// open with a name is that actor's meeting, not the speaker's; a definite meeting noun, which refers back, is left as
/// it was.
/// </summary>
public sealed class EventWordsSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-coop2-words", "2021-05-06", paragraphs);

    [Fact]
    public void A_summit_in_words_that_open_with_a_name_is_that_actors()
    {
        var doc = Run("وقال المسؤول إن الرئيس دونالد ترمب سيطرح جميع القضايا في قمة مع فلاديمير بوتين.");
        var summit = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo == "036");
        Assert.Contains("ترمب", doc.Slice(summit.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("بوتين", doc.Slice(summit.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_meeting_noun_refers_back_and_takes_no_subject_from_the_words()
    {
        var doc = Run(
            "وقال المسؤول إن الرئيس دونالد ترمب سيطرح جميع القضايا في قمة مع فلاديمير بوتين.",
            "وقال المسؤول إن الرئيس دونالد ترمب يستعد للاجتماع مع فلاديمير بوتين.");
        var withTrump = doc.Events.Where(e => e.Source is { } s && doc.Slice(s.Span).Contains("ترمب", StringComparison.Ordinal)).ToList();
        Assert.Equal("قمة", doc.Slice(Assert.Single(withTrump).Trigger));
    }

    [Fact]
    public void A_name_after_a_role_noun_that_is_no_title_opens_the_words()
    {
        // "المحقق الخاص" is no title for the subject search; the name after it still opens the words (branch wt-evstmt6).
        var doc = Run("ذكرت صحيفة نيويورك تايمز أن المحقق الخاص جون دورهام طرح في اجتماع مع الرئيس الفرنسي إيمانويل ماكرون ملف التحقيق.");
        var meeting = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "اجتماع");
        Assert.Contains("جون", doc.Slice(meeting.Source!.Span), StringComparison.Ordinal);
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "ذكرت");
    }
}
