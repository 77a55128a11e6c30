using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Passive acts of force (issue 7): a verb read as a passive where its writing shows it (اغتيل) or an agent phrase after
/// it (على يد، بأيدي، من قبل) names the author; who suffered it is the name after the verb. And places as targets of force:
/// the direct object of a verb of force, the genitive of a transitive noun of force, a place after باتجاه or نحو. Sentences
/// written for these tests.
/// </summary>
public sealed class EventPassiveAndPlaceTargetTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-passive-place", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void A_written_passive_has_its_subject_for_target_and_no_source()
    {
        var doc = Run("واغتيل القيادي البارز في مدينة غزة مساء الأحد.");
        var killing = At(doc, "اغتيل");
        Assert.Equal("186", killing.Cameo);
        Assert.Null(killing.Source);
        Assert.Equal("القيادي البارز", Slice(doc, killing.Target));
    }

    [Fact]
    public void An_agent_phrase_makes_the_verb_a_passive_and_names_its_author()
    {
        var doc = Run(
            "واعتقل علاء عبد الفتاح من قبل الشرطة المصرية يوم الأحد.",
            "وقتل ثلاثة جنود على يد مسلحين مجهولين في سيناء.");
        var arrest = At(doc, "اعتقل");
        Assert.Equal("173", arrest.Cameo);
        Assert.Equal("الشرطة المصرية", Slice(doc, arrest.Source));
        Assert.Equal("علاء عبد الفتاح", Slice(doc, arrest.Target));
        var killing = At(doc, "قتل");
        Assert.Equal("مسلحين مجهولين", Slice(doc, killing.Source));
        Assert.Equal("ثلاثة جنود", Slice(doc, killing.Target));
    }

    [Fact]
    public void Before_without_an_actor_is_time_and_an_active_verb_stays_active()
    {
        var doc = Run("واعتقلت الشرطة المصرية الناشط أحمد ماهر من قبل في القاهرة.");
        var arrest = At(doc, "اعتقلت");
        Assert.Equal("الشرطة المصرية", Slice(doc, arrest.Source));
        Assert.Equal("أحمد ماهر", Slice(doc, arrest.Target));
    }

    [Fact]
    public void A_place_struck_is_the_target_of_force()
    {
        var doc = Run(
            "وقصفت الطائرات الروسية مدينة إدلب يوم الأحد.",
            "وواصل الجيش السوري قصف مدينة حلب بالمدفعية الثقيلة.",
            "وأطلق الحوثيون صواريخ باتجاه الرياض.");
        Assert.Equal("إدلب", Slice(doc, At(doc, "وقصفت").Target));
        Assert.Equal("حلب", Slice(doc, Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == "قصف").Target));
        Assert.Equal("الرياض", Slice(doc, At(doc, "أطلق").Target));
    }

    [Fact]
    public void A_region_after_on_names_its_country_and_about_before_a_number_is_no_direction()
    {
        var doc = Run("وشن الطيران الحربي غارات على جنوب لبنان يوم الأحد.", "وقتل الجيش العراقي نحو 40 مسلحا في المنطقة.");
        Assert.Equal("لبنان", Slice(doc, At(doc, "غارات").Target));
        Assert.Equal("نحو 40 مسلحا", Slice(doc, At(doc, "قتل").Target));
    }

    [Fact]
    public void An_interception_and_taking_ground_have_no_place_target()
    {
        var doc = Run(
            "وأعلنت الدفاعات الجوية الأردنية اعتراض صاروخ أطلق من الشمال باتجاه عمان.",
            "وأعلن الجيش تحرير مدينة حلب من المسلحين.");
        Assert.Null(At(doc, "اعتراض").Target);
        Assert.Null(At(doc, "تحرير").Target);
    }

    [Theory]
    [InlineData("اغتيل", "اغتال", true)]
    [InlineData("اغتيلت", "اغتال", true)]
    [InlineData("اغتالت", "اغتال", false)]
    [InlineData("قتل", "قتل", false)]
    public void Only_a_hollow_verb_of_form_VIII_writes_its_passive_apart(string form, string lemma, bool passive) =>
        Assert.Equal(passive, VerbForms.IsWrittenPassive(form, lemma));
}
