using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The people an attack left dead or hurt, counted without a side ("16 طفلا"، "مئات المدنيين"), are no target of the attack;
/// counted fighters or a state's men are (EventFinder.CivilianDead). Sentences written for these tests.
/// </summary>
public sealed class EventCivilianDeadTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-civilian-dead", "2023-03-08", paragraphs);

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    private static CodedEvent Force(Document doc, string word) =>
        Assert.Single(doc.Events, e => e.Cameo[..2] is "18" or "19" or "20" && doc.Slice(e.Trigger).Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("وقتل 9 أطفال، الخميس، في غارة جوية استهدفت قرية في ريف المحافظة.", "غارة", "9 أطفال")]
    [InlineData("وشنت طائرات حربية غارات على البلدة أسفرت عن مقتل عشرات المدنيين.", "غارات", "عشرات المدنيين")]
    [InlineData("وأسفر هجوم بسيارة مفخخة قرب سوق الخضار عن مقتل 14 شخصا على الأقل.", "هجوم", "14 شخصا")]
    public void Counted_civilians_killed_in_an_attack_are_not_its_target(string sentence, string attack, string dead)
    {
        var doc = Run(sentence);
        var target = Slice(doc, Force(doc, attack).Target) ?? "";
        Assert.DoesNotContain(dead, target, StringComparison.Ordinal);
    }

    [Fact]
    public void Counted_soldiers_killed_in_a_battle_are_its_target()
    {
        var doc = Run("وقال مصدر عسكري إن 11 جنديا قتلوا خلال اشتباكات عنيفة قرب الحدود.");
        Assert.Equal("11 جنديا", Slice(doc, Force(doc, "اشتباكات").Target));
    }

    [Fact]
    public void A_people_counted_by_its_nisba_is_the_target_of_the_clashes_it_died_in()
    {
        var doc = Run("وقتل 5 فلسطينيين خلال مواجهات عند السياج الحدودي.");
        Assert.Equal("5 فلسطينيين", Slice(doc, Force(doc, "مواجهات").Target));
    }

    [Fact]
    public void A_bare_count_followed_by_whom_it_counts_is_kept()
    {
        var doc = Run("وقتل العشرات من الانقلابيين خلال معارك في المديرية.");
        Assert.StartsWith("العشرات", Slice(doc, Force(doc, "معارك").Target), StringComparison.Ordinal);
    }
}
