using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Laying the blame is an accusation (112) of whoever is named after على, also with the object right after the verb and no
/// ب ("ألقت ... اللوم على") and with the word اللائمة. Sentences written for these tests.
/// </summary>
public sealed class EventLaidBlameTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-laid-blame", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Theory]
    [InlineData("وألقت رئيسة الوزراء البريطانية اللوم على روسيا في الهجوم.", "وألقت", "روسيا")]
    [InlineData("وألقى الوزير باللائمة على الصين في الأزمة.", "وألقى", "الصين")]
    public void Blame_laid_on_a_side_accuses_it(string sentence, string trigger, string blamed)
    {
        var doc = Run(sentence);
        var accusation = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);
        Assert.Equal("112", accusation.Cameo);
        Assert.Equal(blamed, Words(doc, accusation.Target));
    }
}
