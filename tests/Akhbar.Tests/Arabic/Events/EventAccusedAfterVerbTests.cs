using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// اتهم takes whom it accuses before the ب of the charge: a single actor right after the verb, the charge right after it, is
/// the accused, and the accuser is the subject before the verb or the speaker of the sentence before
/// (EventFinder.AccusedAfterVerb). Sentences written for these tests.
/// </summary>
public sealed class EventAccusedAfterVerbTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-accused-after-verb", "2019-04-11", paragraphs);

    private static CodedEvent Accusation(Document doc) => Assert.Single(doc.Events, e => e.Cameo.StartsWith("112", StringComparison.Ordinal));

    [Fact]
    public void A_name_after_the_verb_with_the_charge_after_it_is_the_accused_of_the_speaker_before()
    {
        var doc = Run("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تملك أدلة جديدة. واتهم واشنطن بعرقلة الحل السياسي.");
        var accusation = Accusation(doc);
        Assert.Contains("لافروف", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("واشنطن", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_before_the_verb_accuses_the_name_after_it()
    {
        var doc = Run("وقالت وكالة الأنباء الرسمية إن ممثل الادعاء اتهم إيران بتمويل الخلية.");
        var accusation = Accusation(doc);
        Assert.Contains("الادعاء", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("إيران", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_named_after_the_verb_still_accuses_the_name_after_it()
    {
        var doc = Run("واتهم وزير الخارجية الإيراني واشنطن بدعم الإرهاب في المنطقة.");
        var accusation = Accusation(doc);
        Assert.Contains("الإيراني", doc.Slice(accusation.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("واشنطن", doc.Slice(accusation.Target!.Span), StringComparison.Ordinal);
    }
}
