using Akhbar.Arabic.Quotes;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A verb that opens its sentence without a subject carries over the speaker of the latest quote (<see cref="Carried"/>).
/// Arabic verbs agree with their subject in gender and number, and so did the cue that introduced that speaker: when the
/// two verbs show different persons ("وقال دين هايدون ... . وأدانت هيئة محلفين المتهم"), the carried speaker is not the
/// subject, and no one is better than him. The quote stage makes the same check for a cue without a subject
/// (QuoteFinder.Agreeing); here only the refusal is kept, since the events of other speakers are not the trigger's to pick.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether the verb at <paramref name="k"/> can have the subject of the finite reporting verb at <paramref name="cue"/>:
    /// true when either verb does not show its person (a participle or a noun as cue, a dual) or both show the same one.
    /// The cue's gender is read off the cue lexicon as the quote stage reads it, the verb's off its lemma, since the edges
    /// alone mislead on verbs whose root begins or ends with ت ("تحدث"، "تابع"، "لفت").
    /// </summary>
    private bool AgreesWithCue(int k, int cue)
    {
        if (cue < 0 || _cues.Cue(_tokens[cue]) is not { Kind: CueKind.Verb })
        {
            return true;
        }

        var cueGender = _cues.Gender(_tokens[cue]);
        var person = VerbPerson(k);
        return cueGender == '?' || person == '?' || person == cueGender;
    }

    /// <summary>
    /// The person of the event verb at <paramref name="k"/>: 'p' for a plural ("اتفقوا"، "يطالبون"), 'm' for its lemma or a
    /// present in ي, 'f' for the lemma with ت or a present in ت; '?' for a dual or a form read otherwise.
    /// </summary>
    private char VerbPerson(int k)
    {
        if (_readings.Lexeme(k) is not { Kind: EventWordKind.Verb } lexeme)
        {
            return '?';
        }

        var verb = VerbWithoutObject(k);
        var lemma = lexeme.Lemma;
        if (verb.EndsWith("وا", StringComparison.Ordinal) || verb.EndsWith("ون", StringComparison.Ordinal))
        {
            return 'p';
        }

        if (verb == lemma)
        {
            return 'm';
        }

        // "دعت"، "التقت": a final alif or ya of the lemma gives way to the feminine ت.
        if (verb == lemma + "ت" || (lemma.Length > 2 && lemma[^1] is 'ي' or 'ا' && verb == lemma[..^1] + "ت"))
        {
            return 'f';
        }

        if (verb.Length > 3 && !verb.EndsWith("ان", StringComparison.Ordinal) && verb[0] is 'ي' or 'ت')
        {
            return verb[0] == 'ي' ? 'm' : 'f';
        }

        return '?';
    }
}
