using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Role phrases as actors (EventFinder.RoleSubjects): people named by their role or group, not by a name, are the span
/// source of the verb they are the subject of, after it or before it, and the object rules read them as a named subject.
/// Sentences written for these tests.
/// </summary>
public sealed class EventRoleSubjectTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-role-subjects", "2021-06-01", paragraphs);

    private static CodedEvent At(Document doc, string trigger) => Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void A_role_phrase_right_after_a_verb_of_meeting_visiting_or_appeal_is_its_source()
    {
        var doc = Run(
            "والتقى مسؤولون أمريكيون وزير الخارجية الروسي في موسكو.",
            "وقال المتحدث إن الزيارة جاءت بعدما زارت شخصيات من المعارضة الكوبية البيت الأبيض.",
            "وحث دبلوماسيون غربيون الحكومة العراقية على الإسراع في تشكيل الحكومة.");
        var meeting = At(doc, "والتقى");
        Assert.Equal("04", meeting.Cameo[..2]);
        Assert.Equal("مسؤولون أمريكيون", doc.Slice(meeting.Source!.Span));
        Assert.Null(meeting.Source.EntityId);
        Assert.Contains("وزير الخارجية الروسي", doc.Slice(meeting.Target!.Span), StringComparison.Ordinal);

        // After بعدما the clause opens again, and the من phrase says whose people they are.
        var visit = At(doc, "زارت");
        Assert.Equal("042", visit.Cameo);
        Assert.Equal("شخصيات من المعارضة الكوبية", doc.Slice(visit.Source!.Span));

        // The group after a role subject is whom the appeal addresses.
        var appeal = At(doc, "وحث");
        Assert.Equal("02", appeal.Cameo[..2]);
        Assert.Equal("دبلوماسيون غربيون", doc.Slice(appeal.Source!.Span));
        Assert.Contains("الحكومة العراقية", doc.Slice(appeal.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_phrase_that_opens_the_clause_before_its_verb_is_its_source()
    {
        var doc = Run(
            "وتقول الحكومة إنها لا تحتجز صحفيين، إلا أن مسؤولين حكوميين قالوا إن المراقبة ضرورية.",
            "وقالت الوكالة إن ممثلا للادعاء في المدينة طالب، الثلاثاء، بسجن المتهم عشر سنوات.");
        var statement = At(doc, "قالوا");
        Assert.Equal("010", statement.Cameo);
        Assert.Equal("مسؤولين حكوميين", doc.Slice(statement.Source!.Span));

        var demand = At(doc, "طالب");
        Assert.Equal("10", demand.Cameo[..2]);
        Assert.Equal("ممثلا للادعاء في المدينة", doc.Slice(demand.Source!.Span));
    }

    [Fact]
    public void Words_that_are_no_noun_phrase_before_the_verb_make_no_role_subject()
    {
        // A copula sentence, a verb inside the phrase, a number before a count, and an adverb: no phrase reaches the verb.
        var doc = Run(
            "رئيس الوزراء هو صانع القرار يقول الكاتب في مقاله.",
            "وأوضح أن الدعم جاء من رجال أعمال وشخصيات عامة كانت ترغب في حث الناخبين على المشاركة.",
            "وقالت الجمعية إن الحكومة غالبا لا تعلق على هذه القضية.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { EntityId: null } s && doc.Slice(s.Span) is var words
            && (words.Contains("هو", StringComparison.Ordinal) || words.Contains("كانت", StringComparison.Ordinal) || words.Contains("غالبا", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_verb_joined_by_wa_after_an_act_of_a_known_actor_keeps_the_noun_after_it_as_its_object()
    {
        var doc = Run("زار البابا فرنسيس الأحد بلدة ساحلية وحث السكان على التمسك بالأمل.");
        var appeal = At(doc, "وحث");
        Assert.DoesNotContain("السكان", doc.Slice(appeal.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_does_not_meet_or_support_anyone()
    {
        var doc = Run("يدعم تقرير لوزارة العدل الرئيس في خلافه مع المحققين.");
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Slice(s.Span).Contains("تقرير", StringComparison.Ordinal));
    }

    [Fact]
    public void A_genitive_chain_of_a_group_ends_before_a_second_definite_name()
    {
        // With ل (not إلى, whose words the quote stage reads with its own speaker phrase).
        var doc = Run("ودعت حكومة إقليم كردستان الحكومة العراقية لتعويض الضحايا.");
        var appeal = At(doc, "ودعت");
        Assert.DoesNotContain("العراقية", doc.Slice(appeal.Source!.Span), StringComparison.Ordinal);
        Assert.Contains("العراقية", doc.Slice(appeal.Target!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_or_construct_role_phrase_after_an_appeal_is_whom_it_addresses_and_a_bare_indefinite_one_is_not()
    {
        var doc = Run(
            "ودعا نتنياهو وسائل الإعلام المحلية إلى الالتزام بالمهنية.",
            "ودعا أعضاء في مجلس الشيوخ إلى تعليق صفقات السلاح.");
        var appeal = doc.Events.Where(e => doc.Slice(e.Trigger) == "ودعا").OrderBy(e => e.Trigger.Start).First();
        Assert.Contains("وسائل الإعلام", doc.Slice(appeal.Target!.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Target is { } t && doc.Slice(t.Span).StartsWith("أعضاء", StringComparison.Ordinal));
    }
}
