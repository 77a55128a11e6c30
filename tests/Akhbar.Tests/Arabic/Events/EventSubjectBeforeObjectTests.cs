using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A verb whose event needs the word that completes it ("أطلق ... صواريخ") in a verb-subject-object clause: the subject
/// stands between the verb and that word, and is the event's source. Sentences written for these tests.
/// </summary>
public sealed class EventSubjectBeforeObjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-vso-completion", "2021-09-01", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void A_state_between_the_verb_and_its_weapon_fired_it()
    {
        var doc = Run("وأطلقت إيران صواريخ على مواقع في إسرائيل فجر اليوم.");
        var attack = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith("وأطلقت", StringComparison.Ordinal));
        Assert.Equal("19", attack.Cameo[..2]);
        Assert.Equal("إيران", Slice(doc, attack.Source));
    }

    [Fact]
    public void A_militia_named_after_its_group_noun_between_the_verb_and_its_weapon_fired_it()
    {
        var doc = Run("أطلقت ميليشيات الحوثي صواريخ على جدة.");
        var attack = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith("أطلقت", StringComparison.Ordinal));
        Assert.Contains("الحوثي", Slice(doc, attack.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void The_object_after_the_weapon_is_not_taken_for_the_subject()
    {
        var doc = Run("وأطلق الجيش الإسرائيلي قذائف على غزة.");
        var attack = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).StartsWith("وأطلق", StringComparison.Ordinal));
        Assert.Equal("الجيش الإسرائيلي", Slice(doc, attack.Source));
        Assert.NotEqual("الجيش الإسرائيلي", Slice(doc, attack.Target));
    }
}
