using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Bombings and drones (issue 7, branch wt-evforce7): a bombing verb's object is the bomber or his device, and what the bomb
/// struck is the site or gathering named after a word of place; a drone's phrase goes on over "without a pilot", so the
/// verb's object after it is reached. Sentences written for these tests.
/// </summary>
public sealed class EventBombedSitesTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-bombed-sites", "2022-04-12", paragraphs);

    private static CodedEvent Force(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal) && e.Cameo[..2] is "18" or "19");

    private static string? TargetWords(Document doc, CodedEvent e) => e.Target is { } t ? doc.Slice(t.Span) : null;

    [Fact]
    public void A_bomber_who_blew_himself_up_in_front_of_a_building_struck_the_building_not_the_dead()
    {
        var doc = Run("وأعلنت الشرطة مقتل ثلاثة أشخاص على الأقل، الأحد، عندما فجر انتحاري نفسه أمام مقر وزارة الزراعة في المدينة.");
        var bombing = Force(doc, "فجر");
        Assert.StartsWith("مقر", TargetWords(doc, bombing));
    }

    [Fact]
    public void A_bomber_who_blew_himself_up_in_a_crowd_struck_the_crowd()
    {
        var doc = Run("فجر انتحاري من جماعة متطرفة نفسه في حشد من المتسوقين قرب الميناء.");
        var bombing = Force(doc, "فجر");
        Assert.StartsWith("حشد", TargetWords(doc, bombing));
    }

    [Fact]
    public void The_car_a_bomber_set_off_is_no_target()
    {
        var doc = Run("وفجر انتحاري سيارة مفخخة في شارع مزدحم وسط البلدة.");
        var bombing = Force(doc, "فجر");
        Assert.Null(bombing.Target);
    }

    [Fact]
    public void Another_bomber_is_no_target()
    {
        var doc = Run("وفجر انتحاري آخر نفسه في شارع قريب من الساحة.");
        var bombing = Force(doc, "فجر");
        Assert.Null(bombing.Target);
    }

    [Fact]
    public void A_bombed_site_named_after_the_device_is_the_target()
    {
        var doc = Run("وفجر مهاجم حزاما ناسفا بالقرب من مركز للشرطة في القرية.");
        var bombing = Force(doc, "فجر");
        Assert.StartsWith("مركز", TargetWords(doc, bombing));
    }

    [Fact]
    public void A_drone_that_struck_people_has_them_as_target_and_is_the_whole_source()
    {
        var doc = Run("وقصفت طائرة حربية من دون طيار مزارعين شرق القرية.");
        var strike = Force(doc, "وقصفت");
        Assert.Equal("طائرة حربية من دون طيار", doc.Slice(strike.Source!.Span));
        Assert.StartsWith("مزارعين", TargetWords(doc, strike));
    }

    [Fact]
    public void A_drone_glossed_in_quotes_still_reaches_its_object()
    {
        var doc = Run("وقصفت طائرة من دون طيار \"درون\" صيادين قرب الشاطئ.");
        var strike = Force(doc, "وقصفت");
        Assert.StartsWith("صيادين", TargetWords(doc, strike));
    }

    [Fact]
    public void A_bomber_who_blew_himself_up_carried_out_a_suicide_bombing()
    {
        var doc = Run("وفجر انتحاري نفسه قرب حاجز للجيش شمال المدينة.");
        Assert.Equal("1831", Force(doc, "فجر").Cameo);
    }

    [Fact]
    public void A_suicide_attack_noun_is_a_suicide_bombing()
    {
        var doc = Run("وأعلنت جماعة مسلحة مسؤوليتها عن هجوم انتحاري استهدف حاجزا للجيش.");
        Assert.Equal("1831", Force(doc, "هجوم").Cameo);
    }

    [Fact]
    public void The_same_attack_is_no_suicide_bombing()
    {
        // "الهجوم نفسه" is "the same attack": the reflexive makes a suicide bombing only after a verb or noun of blowing up.
        var doc = Run("وشن مسلحون الهجوم نفسه على ثكنة قريبة من الحدود.");
        Assert.NotEqual("1831", Force(doc, "الهجوم").Cameo);
    }
}
