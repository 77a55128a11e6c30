using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Recall on unseen text (issue 7, branch wt-evrec): the participles of accusation and criticism after a comma, tear gas
/// used on a crowd (175), the arrest noun احتجاز with the arrester in its genitive, and the participles in م that name a
/// person ("مضيفه", his host; "متهما", a defendant) rather than report a second act. Sentences written for these tests.
/// </summary>
public sealed class EventRecallFamilyTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-recall", "2021-09-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) =>
        Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));

    private static string? Slice(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : null;

    [Fact]
    public void An_accusing_participle_after_a_comma_is_an_accusation_by_the_subject()
    {
        var doc = Run("وانتقد وزير الخارجية الأردني أيمن الصفدي التقرير، متهما إسرائيل بعرقلة المفاوضات.");
        var accusation = At(doc, "متهما");
        Assert.Equal("112", accusation.Cameo);
        Assert.Equal("الصفدي", EventArticle.Name(doc, accusation.Source)?.Split(' ')[^1]);
        Assert.Contains("إسرائيل", Slice(doc, accusation.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_detached_pronoun_after_the_participle_stands_for_the_target_of_the_criticism_before_it()
    {
        var doc = Run("وانتقد وزير الخارجية الأردني أيمن الصفدي إسرائيل، متهما إياها بعرقلة المفاوضات.");
        var accusation = At(doc, "متهما");
        Assert.Equal("112", accusation.Cameo);
        Assert.Contains("إسرائيل", Slice(doc, accusation.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void The_accused_and_the_defendants_are_no_accusation()
    {
        var doc = Run("وحكمت المحكمة على 12 متهما بالسجن، فيما مثل رجل آخر أمامها، متهما بالاحتيال.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112");
    }

    [Fact]
    public void A_host_named_by_the_participle_is_no_statement()
    {
        var doc = Run("وتغلب فريق ريال مدريد على مضيفه برشلونة بثلاثة أهداف مساء السبت.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("مضيفه", StringComparison.Ordinal));
    }

    [Fact]
    public void Tear_gas_fired_by_the_police_on_a_crowd_is_violent_repression()
    {
        var doc = Run("وأطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في وسط المدينة.");
        var gas = At(doc, "أطلقت");
        Assert.Equal("175", gas.Cameo);
        Assert.Contains("الأمن", Slice(doc, gas.Source), StringComparison.Ordinal);
        Assert.Contains("المتظاهرين", Slice(doc, gas.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void The_authorities_in_the_genitive_of_an_arrest_with_the_detained_after_them_made_the_arrest()
    {
        var doc = Run("واندلعت المواجهات في البلدة بعد احتجاز السلطات عشرات الناشطين.");
        var arrest = At(doc, "احتجاز");
        Assert.Equal("173", arrest.Cameo);
        Assert.Equal("السلطات", Slice(doc, arrest.Source));
        Assert.Contains("عشرات", Slice(doc, arrest.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Custody_and_places_of_detention_are_no_arrest()
    {
        var doc = Run("ولا يزال الصحفي رهن الاحتجاز منذ شهرين، وقالت الحكومة إنها ستغلق مراكز احتجاز المهاجرين.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void A_body_named_again_is_not_the_spokesman_who_spoke_for_it()
    {
        var doc = Run(
            "وقال متحدث باسم الشرطة إن الحافلة صدمت ثلاثة من عناصر الأمن.",
            "وقالت الشرطة إنها اعتقلت سائق الحافلة.");
        var statement = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("وقالت", StringComparison.Ordinal) && e.Cameo == "010");
        Assert.Equal("الشرطة", Slice(doc, statement.Source));
    }
    [Fact]
    public void Describing_as_a_violation_after_a_comma_criticizes_whom_the_subject_named()
    {
        var doc = Run("وألقى الرئيس الفرنسي إيمانويل ماكرون كلمة أمام البرلمان، واصفا إيران بأنها تنتهك القانون الدولي.");
        var criticism = At(doc, "واصفا");
        Assert.Equal("111", criticism.Cameo);
        Assert.Contains("ماكرون", EventArticle.Name(doc, criticism.Source) ?? Slice(doc, criticism.Source) ?? "", StringComparison.Ordinal);
        Assert.Contains("إيران", Slice(doc, criticism.Target), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "010" && doc.Slice(e.Trigger).Contains("واصفا", StringComparison.Ordinal));
    }
    [Fact]
    public void A_statement_that_promises_a_price_threatens_the_actor_it_names()
    {
        var doc = Run("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إيران ستدفع ثمنا باهظا إذا واصلت التمركز في سوريا.");
        var threat = At(doc, "وقال");
        Assert.Equal("130", threat.Cameo);
        Assert.Contains("إيران", Slice(doc, threat.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_promise_not_to_allow_threatens_the_actor_after_its_preposition_not_the_speakers_own_side()
    {
        var doc = Run("وقال وزير الخارجية الإسرائيلي إن إسرائيل في حالة تأهب، وأضاف: \"لن نسمح لإيران بالتمركز قرب حدودنا\".");
        var threat = Assert.Single(doc.Events, e => e.Cameo == "130");
        Assert.Contains("إيران", Slice(doc, threat.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_to_a_meeting_is_found_past_a_long_subject_and_the_one_invited()
    {
        var doc = Run("ودعا وزير الخارجية البريطاني، بوريس جونسون، الدول الأعضاء في منظمة حظر الأسلحة الكيماوية إلى اجتماع في يونيو.");
        Assert.Equal("043", At(doc, "ودعا").Cameo);
    }

    [Fact]
    public void Taking_part_in_a_conference_is_an_invitation_and_taking_part_in_elections_an_appeal()
    {
        var doc = Run(
            "ودعت الأمم المتحدة الوزير الإيراني إلى المشاركة في مؤتمر حقوق الإنسان.",
            "ودعا الرئيس التونسي المواطنين إلى المشاركة في الانتخابات البلدية.");
        Assert.Equal("043", At(doc, "ودعت").Cameo);
        Assert.Equal("020", At(doc, "ودعا").Cameo);
    }
    [Fact]
    public void A_host_who_speaks_while_receiving_a_guest_hosts_him()
    {
        var doc = Run("وقال الرئيس الأمريكي دونالد ترامب خلال استقباله رئيس الوزراء الياباني شينزو آبي إن القمة ستعقد قريبا.");
        var reception = At(doc, "استقباله");
        Assert.Equal("043", reception.Cameo);
        Assert.Contains("ترامب", Slice(doc, reception.Source), StringComparison.Ordinal);
        Assert.Contains("آبي", Slice(doc, reception.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_was_there_to_receive_an_arriving_visitor_hosted_him()
    {
        var doc = Run("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر، وكان في استقباله الرئيس عبد العزيز بوتفليقة.");
        var reception = At(doc, "استقباله");
        Assert.Equal("043", reception.Cameo);
        Assert.Contains("بوتفليقة", Slice(doc, reception.Source), StringComparison.Ordinal);
        Assert.Contains("ماكرون", Slice(doc, reception.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void Receiving_migrants_is_no_reception()
    {
        var doc = Run("وتستمر الدول الأوروبية في استقبال المهاجرين الفارين من الحرب.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "043");
    }
    [Fact]
    public void Holding_someone_responsible_without_a_subject_of_its_own_does_not_make_the_accused_the_accuser()
    {
        var doc = Run("وقال الرئيس الأمريكي إنه حمل بوتين شخصيا مسؤولية التدخل في الانتخابات.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112" && EventArticle.Name(doc, e.Source) is { } name && name.Contains("بوتين", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112" && e.Target?.EntityId is null);
    }

    [Fact]
    public void Bearing_responsibility_oneself_accuses_nobody()
    {
        var doc = Run("وقال الوزير إن الحكومة تتحمل المسؤولية كاملة، ويحمل اللاعبون المسؤولية عن الخسارة.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "112");
    }
}
