using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evcoop6): a participle cue after a clause whose subject
/// is a person named with a title ("وزير الخارجية الروسي سيرغي لافروف") goes back to that person, not to the body in the
/// title's genitive (الخارجية).
/// </summary>
public sealed class EventTitleGenitiveSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-evcoop6-titles", "2022-03-14", paragraphs);

    [Fact]
    public void An_appealing_participle_goes_back_to_the_titled_person()
    {
        var doc = Run("وانتقد وزير الخارجية الروسي سيرغي لافروف الخطوة الأمريكية، داعيا واشنطن إلى تجنب التصعيد.");
        var appeal = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("سيرغي لافروف", doc.Slice(appeal.Source!.Span));
        Assert.Equal("واشنطن", doc.Slice(appeal.Target!.Span));
    }
}
