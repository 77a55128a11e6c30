using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The nouns of accusation and criticism with their sides: the genitive of a singular "اتهام" followed by its charge is the
/// accused, an accusation directed (وجّه) at someone names them after إلى, and a criticism that its subject denies is not
/// that subject's. Sentences written for these tests.
/// </summary>
public sealed class EventAccusationNounsTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-accusation-nouns", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void The_genitive_of_a_singular_accusation_before_its_charge_is_the_accused()
    {
        var doc = Run("وتصاعد التوتر بين البلدين على خلفية اتهام روسيا بتسميم الجاسوس السابق.");
        var accusation = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "اتهام");
        Assert.Equal("112", accusation.Cameo);
        Assert.Null(accusation.Source);
        Assert.Equal("روسيا", Words(doc, accusation.Target));
    }

    [Fact]
    public void A_second_name_between_the_genitive_and_the_charge_is_the_accused()
    {
        var doc = Run("وتدهورت العلاقات بعد اتهام بريطانيا روسيا بتسميم الجاسوس السابق.");
        var accusation = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "اتهام");
        Assert.Equal("بريطانيا", Words(doc, accusation.Source));
        Assert.Equal("روسيا", Words(doc, accusation.Target));
    }

    [Fact]
    public void The_genitive_of_plural_accusations_stays_their_author()
    {
        var doc = Run("وقال المتحدث إن اتهامات بريطانيا بالتسميم لا أساس لها.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112" && Words(doc, e.Target) == "بريطانيا");
    }

    [Theory]
    [InlineData("ووجهت لندن أصابع الاتهام في قضية التسميم إلى موسكو.", "الاتهام", "لندن", "موسكو")]
    [InlineData("وكرر وزير الخارجية الأمريكي مايك بومبيو الاتهامات التي وجهها رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى طهران.", "الاتهامات", "بنيامين نتنياهو", "طهران")]
    public void An_accusation_directed_at_someone_names_them_after_ila(string sentence, string trigger, string accuser, string accused)
    {
        var doc = Run(sentence);
        var accusation = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);
        Assert.Equal("112", accusation.Cameo);
        Assert.Equal(accuser, Words(doc, accusation.Source));
        Assert.Equal(accused, Words(doc, accusation.Target));
    }

    [Fact]
    public void Who_denies_an_accusation_is_not_its_author_but_a_named_author_stays()
    {
        var doc = Run("وتنفي إيران هذه الاتهامات.", "ورفضت بولندا اتهامات نتنياهو بشأن المحرقة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112" && Words(doc, e.Source) == "إيران");
        var named = Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "اتهامات");
        Assert.Equal("نتنياهو", Words(doc, named.Source));
    }
}
