using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-review20): a side joined by و right after the speaker
/// of a call, demand or urging speaks with it; it is not whom the words address, who is named after both (or not at all).
/// </summary>
public sealed class EventCoSpeakerTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-review20-co-speaker", "2018-05-15", paragraphs);

    [Theory]
    [InlineData("ودعت السعودية والإمارات إلى وقف التصعيد في المنطقة.", "الإمارات")]
    [InlineData("وطالب الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون بوقف إطلاق النار فورا.", "ماكرون")]
    public void A_side_joined_to_the_speaker_is_no_addressee(string sentence, string joined)
    {
        var doc = Run(sentence);
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Target is { } t && doc.Slice(t.Span).Contains(joined, StringComparison.Ordinal));
    }

    [Fact]
    public void The_addressee_after_the_joined_sides_is_the_target()
    {
        var doc = Run("وحثت اليابان والاتحاد الأوروبي واشنطن على منحهما إعفاء من الرسوم الجمركية.");
        var urging = Assert.Single(doc.Events, e => e.Cameo == "020" && doc.Slice(e.Source!.Span).Contains("اليابان", StringComparison.Ordinal));
        Assert.Contains("واشنطن", doc.Slice(urging.Target!.Span), StringComparison.Ordinal);
    }
}
