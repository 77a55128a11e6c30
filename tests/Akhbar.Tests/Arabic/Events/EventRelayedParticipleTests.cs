using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-evactors): a circumstantial participle after words
/// relayed with قول and a pronoun ("نقلت الصحيفة عن شهود قولهم ...، مشيرة") goes with whoever it agrees with: a feminine
/// participle after "قولهم" is the outlet's, which relays the witnesses, not the witnesses'.
/// </summary>
public sealed class EventRelayedParticipleTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-actors-relayed-participle", "2018-03-23", paragraphs);

    [Fact]
    public void A_feminine_participle_after_their_words_is_the_relaying_outlets()
    {
        var doc = Run("ونقلت صحيفة \"الغارديان\" البريطانية عن شهود قولهم إن المهاجم كان يحمل سكينا، مشيرة إلى أنه كان معروفا لدى الشرطة.");
        var noting = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "مشيرة");
        Assert.Contains("الغارديان", doc.Slice(noting.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_that_agrees_with_the_relayed_speaker_stays_his()
    {
        var doc = Run("ونقلت صحيفة \"الغارديان\" البريطانية عن مسؤول أمني قوله إن المهاجم كان يحمل سكينا، مشيرا إلى أنه كان معروفا لدى الشرطة.");
        var noting = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "مشيرا");
        Assert.Contains("مسؤول", doc.Slice(noting.Source!.Span), StringComparison.Ordinal);
    }
}
