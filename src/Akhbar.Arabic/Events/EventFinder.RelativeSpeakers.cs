using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A statement cue right after a relative pronoun whose antecedent names no entity ("أحد المشتبه بهم الذي قال"): the words
/// before the relative speak only when the verb agrees with the relative, and not when they are a formula of time or
/// consequence. A verb that does not agree has the antecedent for its object and its subject elsewhere, most often the
/// speaker carried over ("اجابته التي قال فيها"، "وهو المعدل الذي قالت إنه"، "الجماعة التي قال إنها نفذت الهجوم"); a formula
/// ("الأمر الذي يشير إلى"، "في الوقت الذي تطالب فيه"، "المرة الأولى التي تشير فيها"، "التوقعات التي تشير") is a thing that
/// points or confirms, whose verb no one speaks.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>What the words right before a relative pronoun are to the statement cue after it.</summary>
    private enum RelativeSpeakerRole
    {
        /// <summary>They speak ("أحد المشتبه بهم الذي قال"، "السائق الذي قال").</summary>
        Speaker,

        /// <summary>
        /// They are the object of the cue, which does not agree with the relative ("اجابته التي قال فيها"), or a thing said
        /// about with قال, which only people do ("الأمر الذي قال إنه"): the speaker is the one the quote stage found.
        /// </summary>
        Object,

        /// <summary>A thing that is the verb's subject ("الأمر الذي يشير إلى"، "التوقعات التي تشير"): no act of speaking.</summary>
        Thing,
    }

    /// <summary>
    /// Heads of the formulas of time and consequence before a relative (folded, with the article): "الأمر الذي"، "في الوقت
    /// الذي"، "المرة الأولى التي"، "اليوم الذي"، and the figures and findings that "indicate" ("الأرقام التي تشير").
    /// </summary>
    private static readonly HashSet<string> RelativeFormulaHeads = new(StringComparer.Ordinal)
    {
        "الامر", "الوقت", "المره", "اليوم", "الحين", "الشيء", "الارقام", "التوقعات", "المعلومات", "الاحصاءات", "الاحصاييات",
        "الموشرات", "النتايج", "الحقيقه", "الخطوه",
    };

    /// <summary>
    /// The role of the one or two words before the relative pronoun at <paramref name="cue"/> - 1 (<paramref name="first"/>
    /// .. <paramref name="cue"/> - 2) to the statement cue at <paramref name="cue"/>.
    /// </summary>
    private RelativeSpeakerRole RoleBeforeRelative(int first, int cue, EventLexeme lexeme)
    {
        if (!VerbAgreesWithRelative(cue - 1, cue))
        {
            return RelativeSpeakerRole.Object;
        }

        for (var j = first; j <= cue - 2; j++)
        {
            if (RelativeFormulaHeads.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key)))
            {
                return lexeme.Lemma == "قال" ? RelativeSpeakerRole.Object : RelativeSpeakerRole.Thing;
            }
        }

        return RelativeSpeakerRole.Speaker;
    }

    /// <summary>
    /// The subject named after a cue that carries the relative's pronoun on a preposition ("في الوقت الذي تطالب فيه الخرطوم
    /// بوضع"، "المرة الأولى التي تشير فيها المملكة المتحدة إلى"، "في الوقت الذي أفاد فيه مصدر مسؤول"): an actor or a speaking
    /// group right after that preposition; null when none.
    /// </summary>
    private EventArgument? SubjectAfterRelativePreposition(int cue)
    {
        var end = _sentenceEnd[_sentenceOf[cue]];
        if (cue + 2 >= end || !IsPronounPreposition(cue + 1))
        {
            return null;
        }

        return SubjectNamedAt(cue + 2, end);
    }

    /// <summary>
    /// Whether the speaker the quote stage found is the antecedent's own words (<paramref name="first"/> .. the word before
    /// the relative at <paramref name="cue"/> - 1): when the cue does not agree with the relative, the antecedent is what
    /// is said about ("عن الجماعة التي قال إنها نفذت الهجوم"), and the speaker is the subject of the clause it belongs to.
    /// </summary>
    private bool SpeakerIsAntecedentWords(TextSpan speaker, int first, int cue) =>
        speaker.Start >= _tokens[first].Span.Start && speaker.End <= _tokens[cue - 2].Span.End;
}
