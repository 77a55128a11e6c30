using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Actors and roots of force and coercion (issue 7, branch wt-force): a named person after an arrest verb is who was
/// arrested, the organization after ل or the subject of نفذها after a noun of force is its author, an interception is aimed
/// at whoever fired, an attack called terrorist is 18x, expelling diplomats is 161, and a noun of force named by its
/// author's adjective after that author's force refers back. Sentences written for these tests.
/// </summary>
public sealed class EventForceActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-force-actors", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void A_named_person_after_an_arrest_verb_with_no_object_was_arrested()
    {
        var doc = Run("واعتقل الصحفي المصري محمد حسنين في القاهرة.", "واعتقلت هيلاري كلينتون، التي كانت في زيارة خاصة، في مطار طهران.");
        var arrest = At(doc, "واعتقلت");
        Assert.Equal("173", arrest.Cameo);
        Assert.Null(arrest.Source);
        Assert.Equal("هيلاري كلينتون", Slice(doc, arrest.Target));
        var dated = Run("وفي 12 مارس 2015 اعتقل نيكولا ساركوزي من جانب الشرطة القضائية.");
        var held = At(dated, "اعتقل");
        Assert.Equal("نيكولا ساركوزي", Slice(dated, held.Target));
        Assert.NotEqual("نيكولا ساركوزي", Slice(dated, held.Source));
    }

    [Fact]
    public void A_named_arrester_with_an_object_stays_the_source()
    {
        var doc = Run("واعتقلت الشرطة الفرنسية إيمانويل ماكرون أمس.");
        var arrest = At(doc, "واعتقلت");
        Assert.Equal("الشرطة الفرنسية", Slice(doc, arrest.Source));
        Assert.Equal("إيمانويل ماكرون", Slice(doc, arrest.Target));
    }

    [Fact]
    public void The_verbal_noun_of_killing_after_a_verb_is_no_passive()
    {
        var doc = Run("وقال الرجل للمحققين إنه أراد قتل دونالد ترامب.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "193" && e.Source is null && Slice(doc, e.Target) == "دونالد ترامب");
        Assert.Contains(doc.Events, e => e.Cameo == "010" && doc.Slice(e.Trigger).EndsWith("قال", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_after_lam_owns_the_attack()
    {
        var doc = Run("وأسفر هجوم جديد لحركة طالبان عن مقتل عشرة جنود في ولاية غزني.");
        Assert.Equal("حركة طالبان", Slice(doc, At(doc, "هجوم").Source));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_without_alladhi_carried_the_strike_out()
    {
        var doc = Run("وقتل مدنيون في غارة جوية نفذها الجيش الأمريكي على قرية في ولاية كونار.");
        var strike = At(doc, "غارة");
        Assert.Equal("الجيش الأمريكي", Slice(doc, strike.Source));
    }

    [Fact]
    public void An_attack_called_terrorist_is_unconventional_violence()
    {
        var doc = Run("ووقع هجوم إرهابي في وسط المدينة مساء الجمعة.");
        Assert.Equal("180", At(doc, "هجوم").Cameo);
    }

    [Fact]
    public void A_launch_in_a_relative_clause_has_its_own_subject_and_the_interception_targets_the_launcher()
    {
        var doc = Run("واعترضت السعودية صاروخا أطلقه الحوثيون فجر اليوم.");
        var launch = At(doc, "أطلقه");
        Assert.Equal("الحوثيون", Slice(doc, launch.Source));
        var interception = At(doc, "اعترضت");
        Assert.Equal("السعودية", Slice(doc, interception.Source));
        Assert.Equal("الحوثيون", Slice(doc, interception.Target));
    }

    [Fact]
    public void Aircraft_named_with_their_genitive_before_the_verb_struck()
    {
        var doc = Run("وقالت المصادر إن طائرات سلاح الجو قصفت مواقع عسكرية قرب الحدود.");
        Assert.Equal("طائرات", Slice(doc, At(doc, "قصفت").Source));
    }

    [Fact]
    public void Force_toward_positions_targets_them()
    {
        var doc = Run("وحاولت المليشيات المسلحة التسلل باتجاه مواقع الجيش في الجبهة الغربية.");
        Assert.Equal("مواقع الجيش", Slice(doc, At(doc, "التسلل").Target));
    }

    [Fact]
    public void Expelling_diplomats_reduces_relations_and_other_expulsions_stay_174()
    {
        var diplomats = Run("وطردت هولندا أربعة دبلوماسيين إيرانيين.");
        Assert.Equal("161", At(diplomats, "وطردت").Cameo);
        var fighters = Run("وطردت القوات المسلحين من القرية.");
        Assert.Equal("174", At(fighters, "وطردت").Cameo);
        var charge = Run("وطردت الحكومة القائم بالأعمال الكندي.");
        Assert.Equal("161", At(charge, "وطردت").Cameo);
        var tenants = Run("وطرد المالك المستأجرين القائمين في العمارة.");
        Assert.Equal("174", At(tenants, "وطرد").Cameo);
    }

    [Fact]
    public void A_noun_of_force_named_by_its_authors_adjective_after_its_strike_refers_back()
    {
        var doc = Run("وتبنى الحرس الثوري الإيراني قصفا صاروخيا على مقر الحزب.", "وأدانت الحكومة العراقية القصف الإيراني بشدة.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "القصف");
        Assert.Equal("الحرس الثوري الإيراني", Slice(doc, At(doc, "قصفا").Source));
        Assert.Equal("111", At(doc, "أدانت").Cameo);
    }

    [Fact]
    public void An_announced_interception_belongs_to_the_announcer_and_the_launch_after_it_is_coded()
    {
        var doc = Run("وأشار الوزير إلى إعلان الرياض اعتراض ثلاثة صواريخ باليستية أطلقتها جماعة الحوثي.");
        var interception = At(doc, "اعتراض");
        Assert.Equal("الرياض", Slice(doc, interception.Source));
        Assert.Equal("جماعة الحوثي", Slice(doc, interception.Target));
        Assert.Equal("جماعة الحوثي", Slice(doc, At(doc, "أطلقتها").Source));
    }

    [Fact]
    public void A_gathering_aimed_at_is_the_target_of_the_strike()
    {
        var doc = Run("وتبنى الجيش قصفا مدفعيا استهدف اجتماعا لقادة المعارضة المسلحة.");
        Assert.Equal("اجتماعا", Slice(doc, At(doc, "قصفا").Target));
    }

    [Fact]
    public void A_group_noun_before_a_particle_is_no_subject_of_the_verb_after_it()
    {
        var doc = Run("وقالت إن الأعمال التي أقرتها وزارة النقل تمت بما يتفق مع القانون.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("يتفق", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_was_arrested_is_found_past_a_time_a_count_and_a_word_spelled_like_a_verb()
    {
        var timed = Run("واعتقلت الشرطة الألمانية، صباح الأحد، ثلاثة رجال في برلين.");
        Assert.Equal("ثلاثة رجال", Slice(timed, At(timed, "واعتقلت").Target));
        var counted = Run("وألقت قوات الأمن القبض على 12 مطلوبا في البصرة.");
        Assert.Equal("12 مطلوبا", Slice(counted, At(counted, "وألقت").Target));
        var student = Run("وألقت الشرطة القبض على طالب في الجامعة.");
        Assert.Equal("طالب", Slice(student, At(student, "وألقت").Target));
    }

    [Fact]
    public void Shooting_down_a_missile_is_force_aimed_at_whoever_fired_it_and_dropping_a_bill_is_not()
    {
        var doc = Run("وأسقطت الدفاعات الجوية صاروخا أطلقه الحوثيون باتجاه المدينة.");
        var downing = At(doc, "وأسقطت");
        Assert.Equal("190", downing.Cameo);
        Assert.Equal("الحوثيون", Slice(doc, downing.Target));
        var bill = Run("وأسقط البرلمان مشروع القانون بأغلبية كبيرة.");
        Assert.DoesNotContain(bill.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }
}
