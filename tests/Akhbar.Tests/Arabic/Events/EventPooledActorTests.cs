using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The source and target of events whose trigger is found, by the causes pooled over the sets annotated blind
/// (docs/stages/events.md, "wt-evact"), on sentences written for these tests.
/// </summary>
public sealed class EventPooledActorTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-pooled-actors", "2022-05-09", paragraphs);

    [Fact]
    public void The_dead_in_the_genitive_of_a_casualty_noun_did_not_protest()
    {
        var doc = Run("وعاد الهدوء إلى المدينة بعد أسبوع من التوتر الذي أعقب مقتل شخص في تظاهرة ضد غلاء الأسعار.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("تظاهرة", StringComparison.Ordinal));
        Assert.Null(e.Source);
    }

    [Fact]
    public void The_protesters_a_sentence_counts_as_dead_are_not_the_authors_of_its_protests()
    {
        var doc = Run("وتجددت الدعوات إلى التهدئة بعد مقتل عشرات المتظاهرين خلال احتجاجات على رفع أسعار الوقود.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("احتجاجات", StringComparison.Ordinal));
        Assert.Null(e.Source);
    }

    [Fact]
    public void A_protester_who_died_is_no_protest_source_and_no_adjective_takes_in_the_verb()
    {
        var doc = Run("وقال مسؤول في المستشفى إن متظاهرا توفي متأثرا بجروحه، في وقت تتواصل فيه الاحتجاجات المطالبة بفرص العمل.");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("الاحتجاجات", StringComparison.Ordinal));
        Assert.Null(e.Source);
    }

    [Fact]
    public void Soldiers_killed_in_an_attack_are_its_target_not_its_source()
    {
        var doc = Run("مقتل شرطيين عراقيين ب\"هجوم مسلح\" غربي الأنبار");
        var e = Assert.Single(doc.Events, e => doc.Slice(e.Trigger).Contains("هجوم", StringComparison.Ordinal));
        Assert.Null(e.Source);
        Assert.Contains("شرطيين", doc.Slice(e.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_made_passive_by_tamma_has_no_author_and_the_speaker_makes_a_statement()
    {
        var doc = Run("وقال المحامي سامر يوسف إنه تم توقيف موكله في مطار القاهرة أمس.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo[..2] == "17");
        Assert.Null(arrest.Source);
        var statement = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Contains("سامر يوسف", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_force_that_reports_its_own_passive_act_keeps_it()
    {
        var doc = Run("وقالت الشرطة إنه جرى اعتقال ثلاثة أشخاص يشتبه في تورطهم بالسرقة.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo[..2] == "17");
        Assert.Contains("الشرطة", doc.Slice(arrest.Source!.Span), StringComparison.Ordinal);

        doc = Run("وأفاد الجيش الأردني في بيان بأنه تم إسقاط طائرة مسيرة قادمة من سوريا.");
        var downing = Assert.Single(doc.Events, e => e.Cameo[..2] == "19");
        Assert.Contains("الجيش الأردني", doc.Slice(downing.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_act_announced_is_the_act_of_the_subject_before_the_verb_of_announcing()
    {
        var doc = Run("وكانت تركيا أعلنت في 20 يونيو الماضي اعتقال خمسة صحفيين بتهمة التجسس.");
        var arrest = Assert.Single(doc.Events, e => e.Cameo[..2] == "17");
        Assert.Equal("تركيا", EventArticle.Name(doc, arrest.Source));
    }

    [Fact]
    public void Force_the_words_report_as_happening_is_not_the_speakers_act()
    {
        var doc = Run("وقال المرصد إن غارات جوية استهدفت بلدة في ريف المحافظة الجنوبي.");
        var strikes = Assert.Single(doc.Events, e => e.Cameo[..2] == "19");
        Assert.Null(strikes.Source);
        Assert.Contains(doc.Events, e => e.Cameo == "010");

        // With a pronoun of its own side the noun is the speaker's act.
        doc = Run("وقالت وزارة الدفاع إن غاراتها استهدفت مواقع المسلحين في الجبال.");
        strikes = Assert.Single(doc.Events, e => e.Cameo[..2] == "19");
        Assert.Contains("وزارة الدفاع", doc.Slice(strikes.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_in_the_genitive_of_its_perpetrator_is_not_the_speakers_act()
    {
        var doc = Run("وكشفت الشرطة الهولندية أن منفذ الهجوم على المطعم شاب في العشرين من عمره.");
        var attack = Assert.Single(doc.Events, e => e.Cameo[..2] is "18" or "19");
        Assert.Null(attack.Source);
    }
}
