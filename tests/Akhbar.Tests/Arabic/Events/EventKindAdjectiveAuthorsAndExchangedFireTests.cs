using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Material conflict rules of the twenty-fifth session, on sentences written for these tests: a country's nisba past the
/// adjectives of kind of a noun of force names its author (EventFinder.AdjectivalAuthors), an armed group named in
/// quotation marks after its designator is no state (EventFinder.Unconventional), fire exchanged is a fight
/// (EventFinder.ExchangedFire), and a launch verb whose object pronoun stands for a missile named before it in any case
/// is a launch (EventFinder.CompletedBefore).
/// </summary>
public sealed class EventKindAdjectiveAuthorsAndExchangedFireTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-force-slice-25", "2021-07-20", paragraphs);

    private static string? Words(Document doc, EventArgument? argument) => argument is null ? null : doc.Slice(argument.Span);

    private static IEnumerable<CodedEvent> At(Document doc, string trigger) =>
        doc.Events.Where(e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_nisba_after_the_kind_of_an_air_strike_names_its_author()
    {
        var doc = Run("وقتل ثلاثة مزارعين في غارة جوية إسرائيلية على أطراف بلدة بيت حانون.");
        var strike = Assert.Single(At(doc, "غارة"));
        Assert.Equal("19", strike.Cameo[..2]);
        Assert.Equal("إسرائيلية", Words(doc, strike.Source));
    }

    [Fact]
    public void A_nisba_past_two_adjectives_of_shelling_names_its_author()
    {
        var doc = Run("وأدى قصف مدفعي عنيف تركي إلى تدمير جسر على نهر عفرين.");
        Assert.Equal("تركي", Words(doc, Assert.Single(At(doc, "قصف")).Source));
    }

    [Fact]
    public void A_nisba_of_the_place_struck_names_no_author()
    {
        // "قرية" is the genitive of the noun, not an adjective of kind: the village is Syrian, not the shelling.
        var doc = Run("وأدانت المنظمة قصف قرية سورية قرب الحدود.");
        Assert.All(At(doc, "قصف"), e => Assert.NotEqual("سورية", Words(doc, e.Source)));
    }

    [Fact]
    public void An_attack_by_a_group_whose_name_is_quoted_after_its_designator_is_unconventional()
    {
        var doc = Run("وشن تنظيم \"داعش\" هجوما على قرية في ريف المدينة.");
        Assert.Equal("180", Assert.Single(At(doc, "هجوما")).Cameo);
    }

    [Fact]
    public void Fire_exchanged_with_the_police_is_a_fight()
    {
        var doc = Run("وقتل أربعة مطلوبين في تبادل لإطلاق النار مع الشرطة في ضواحي المدينة.");
        Assert.Equal("19", Assert.Single(At(doc, "إطلاق")).Cameo[..2]);
    }

    [Fact]
    public void Fire_opened_on_worshippers_stays_an_assault()
    {
        var doc = Run("وبدأ مسلح إطلاق النار على المصلين داخل المسجد.");
        Assert.Equal("18", Assert.Single(At(doc, "إطلاق")).Cameo[..2]);
    }

    [Fact]
    public void A_missile_in_the_genitive_before_its_launch_verb_completes_it()
    {
        var doc = Run("وأعلنت الدفاعات الجوية اعتراض صاروخ أطلقته ميليشيات الحوثي باتجاه مدينة جازان.");
        var launch = Assert.Single(At(doc, "أطلقته"));
        Assert.Equal("19", launch.Cameo[..2]);
        Assert.Contains("الحوثي", Words(doc, launch.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missile_with_its_accusative_nisba_before_the_launch_verb_completes_it()
    {
        var doc = Run("واعترضت الدفاعات الجوية صاروخا بالستيا أطلقه المتمردون من الجبال.");
        Assert.Single(At(doc, "أطلقه"));
    }
}
