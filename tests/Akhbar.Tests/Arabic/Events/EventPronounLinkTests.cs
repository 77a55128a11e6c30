using Akhbar.Core.Model;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Support.EventArticle;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Subjects and objects reached across a pronoun (docs/stages/events.md, "Subjects and objects behind a pronoun"): a
/// preposition with its pronoun between a verb and its subject, لكن with the pronoun of the previous clause's subject, and
/// the person an object pronoun stands for. All sentences are written for these tests.
/// </summary>
public sealed class EventPronounLinkTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-pronouns", "2021-05-04", paragraphs);

    /// <summary>The words of an argument: a group phrase has no entity.</summary>
    private static string? Words(Document doc, EventArgument? argument) => argument is null ? null : doc.Slice(argument.Span);

    private static CodedEvent At(Document doc, string trigger) => Assert.Single(doc.Events, e => doc.Slice(e.Trigger) == trigger);

    [Fact]
    public void A_preposition_with_its_pronoun_stands_between_a_verb_and_the_group_that_is_its_subject()
    {
        var doc = Run("وكتب الصحفي عمر ناصر مقالات عن الفساد في الموانئ. وزجت به الشرطة في السجن عام 2015.");
        var jailed = At(doc, "وزجت");
        Assert.Equal("الشرطة", Words(doc, jailed.Source));
        Assert.Equal("عمر ناصر", Name(doc, jailed.Target));
    }

    [Fact]
    public void Lakin_with_a_pronoun_takes_the_subject_of_the_verb_before_it_when_the_verb_agrees()
    {
        var doc = Run("وكتب الصحفي عمر ناصر مقالات عن الفساد في الموانئ. واعتقلت الشرطة الصحفي عام 2015 لكنها أطلقت سراحه بعد أشهر.");
        var arrest = At(doc, "واعتقلت");
        var released = At(doc, "أطلقت سراحه");
        Assert.StartsWith("الشرطة", Words(doc, released.Source), StringComparison.Ordinal);
        Assert.Equal(arrest.Source, released.Source);
        Assert.Equal("عمر ناصر", Name(doc, released.Target));
    }

    [Fact]
    public void Lakin_does_not_reach_an_actor_of_a_noun_or_across_another_verb()
    {
        // The pronoun of لكنه is the subject of ساند, which the sentence does not name: not the invader of the noun before.
        var doc = Run("وفي أعقاب الغزو الأمريكي للعراق ساند الحرب لكنه ندد بالهجمات على المدنيين.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "ندد" && Words(doc, e.Source) == "الأمريكي");
    }

    [Fact]
    public void A_masculine_pronoun_of_lakin_is_no_state_but_the_man_who_speaks_in_the_sentence()
    {
        // ودعم read as a verb took the United States of the phrase before it for its actor; لكنه is the general, not the state.
        var doc = Run("قال القائد الأمريكي جوزيف فوتيل إن الخطوة خطيرة. وأكد فوتيل البقاء في سوريا مع شركاء الولايات المتحدة، ودعم المسار "
            + "السياسي لحل الأزمة، لكنه اتهم روسيا وإيران بالتسبب في تفاقم الأزمة.");
        var accusations = doc.Events.Where(e => doc.Slice(e.Trigger) == "اتهم").ToList();
        Assert.Equal(2, accusations.Count);
        Assert.All(accusations, e => Assert.Equal("جوزيف فوتيل", Name(doc, e.Source)));
    }

    [Fact]
    public void A_verb_that_does_not_agree_with_the_pronoun_of_lakin_keeps_no_subject_from_it()
    {
        // لكنه (he) and أطلقت (she): the masculine pronoun is not the police.
        var doc = Run("واعتقلت الشرطة الصحفي عام 2015 لكنه أطلقت سراحه بعد أشهر.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "أطلقت سراحه" && Words(doc, e.Source) == "الشرطة");
    }

    [Theory]
    [InlineData("وانتقلت العائلات إلى مناطق تسيطر عليها الحكومة في الشمال.")]
    [InlineData("ونقل المصابون إلى مخيم للنازحين، تسيطر عليه القوات الحكومية في المنطقة.")]
    public void A_verb_after_a_noun_it_describes_does_not_reach_a_subject_across_its_pronoun(string sentence)
    {
        var doc = Run(sentence);
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger).Contains("تسيطر", StringComparison.Ordinal));
    }

    [Fact]
    public void The_object_pronoun_of_an_arrest_after_a_relative_pronoun_is_the_antecedent()
    {
        var doc = Run("وقال مسؤول أمني إن الناشط سامي حداد الذي اعتقلته السلطات أمس نقل إلى العاصمة.");
        var arrest = At(doc, "اعتقلته");
        Assert.Equal("سامي حداد", Name(doc, arrest.Target));
    }

    [Fact]
    public void A_verb_opening_the_next_sentence_with_its_object_pronoun_keeps_the_actor_of_the_sentence_before_when_it_agrees()
    {
        var doc = Run("واعتقلت الشرطة الصحفي عمر ناصر في العاصمة. وأطلقت سراحه بعد أيام من التحقيق.");
        var arrest = At(doc, "واعتقلت");
        var released = At(doc, "وأطلقت سراحه");
        Assert.Equal(arrest.Source, released.Source);
    }

    [Fact]
    public void A_verb_of_another_person_does_not_keep_the_actor_of_the_sentence_before()
    {
        // اعتقلت (she: the police) and أطلق (he): the masculine verb has another subject the text does not name.
        var doc = Run("واعتقلت الشرطة الصحفي عمر ناصر في العاصمة. وأطلق سراحه بعد أيام من التحقيق.");
        Assert.DoesNotContain(doc.Events, e => doc.Slice(e.Trigger) == "وأطلق سراحه" && e.Source is not null);
    }
}
