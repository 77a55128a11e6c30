using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The actor a relative pronoun (الذي، التي، الذين ...) stands for: the one named right before it, a comma allowed between
/// ("روسيا التي حذرت"، "غولن، الذي تتهمه أنقرة"), and where the caller allows it a definite adjective or two after the name
/// ("وحدات حماية الشعب الكردية السورية التي"). One search for every rule that reads a relative clause: the subject of its
/// verb, the object of a verb with a pronoun, the author of a noun in it, the state of its "بلاده", a clause closed by commas.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The actor ending right before the relative pronoun at <paramref name="relative"/> (a comma may stand between), or up
    /// to <paramref name="adjectives"/> definite words before it, not before token <paramref name="start"/>; null when none.
    /// </summary>
    private ActorMention? AntecedentOfRelative(int relative, int start, int adjectives = 0)
    {
        var j = relative - 1;
        if (j > start && _tokens[j].Key is "،" or ",")
        {
            j--;
        }

        for (var gap = 0; j >= start; j--, gap++)
        {
            if (_actors.EndingAt(j) is { IsActor: true } antecedent)
            {
                return antecedent;
            }

            if (gap >= adjectives || _tokens[j].Kind != TokenKind.Word || !ArticleActors.WithoutConjunctionSpan(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> can have the antecedent of the relative pronoun at <paramref name="relative"/>
    /// as its subject. A verb that does not agree with the relative has a subject of its own after it ("نيجيريا التي حذر
    /// رئيسها"، "ميركل التي أكد ماكرون دعمه لها"، "اللاعب الذي وافقت الإدارة على انتقاله"): التي takes a feminine verb (in ت),
    /// الذين a plural one; الذي refuses only a perfect in ت or وا, since a masculine perfect may begin with ت as an imperfect of the
    /// feminine does ("الذي توعد بسحق التمرد"، "الذي تعاون مع", which also ends like a plural imperfect). A preposition right after the verb whose pronoun is the
    /// relative's ("الكونغرس الذي يسيطر عليه الجمهوريون"، "المناطق التي يسيطرون عليها") has the antecedent as its object;
    /// one with another pronoun does not ("الذي رحب بهم"). Other relatives (duals, اللاتي) are not judged.
    /// </summary>
    private bool VerbAgreesWithRelative(int relative, int verb)
    {
        var form = VerbWithoutObject(verb);
        var (pronoun, agrees) = _tokens[relative].Key switch
        {
            "الذي" => ("ه", !(form.Length > 3 && (form.EndsWith('ت') || form.EndsWith("وا", StringComparison.Ordinal)))),
            "التي" => ("ها", AgreesWith(form, 'f')),
            "الذين" => ("هم", AgreesWith(form, 'p')),
            _ => ("", true),
        };

        return agrees && !(pronoun.Length > 0 && verb + 1 < _tokens.Length && IsPronounPreposition(verb + 1) && _tokens[verb + 1].Key.EndsWith(pronoun, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the speaker the quote stage found ends before the antecedent of a relative clause that holds the cue: a
    /// speaker of the main clause ("وتقول الولايات المتحدة إنها مستعدة لضمان أمن النظام الذي يعتبر أن") or of an earlier
    /// sentence, whom the relative clause's verb, agreeing with its antecedent, does not have for subject.
    /// </summary>
    private static bool SpeakerBeforeAntecedent(TextSpan speaker, ActorMention antecedent) => speaker.End <= antecedent.Span.Start;
}
