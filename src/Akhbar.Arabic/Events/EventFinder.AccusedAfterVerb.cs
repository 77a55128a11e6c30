using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "واتهم لندن بممارسة ضغوط"، "إن ممثل الادعاء اتهم برانسون بأنه مسؤول": اتهم always takes whom it accuses before the ب of
/// the charge, and its subject, when named after the verb, before both ("واتهم الوزير لندن بـ"). So a single actor right after
/// the verb with the charge right after it is the accused, not the speaker the quote stage took it for; who accuses is the
/// subject named before the verb in its clause, or else the speaker of the statement told in the sentence before ("وأفاد
/// الناطق ... أن .... واتهم لندن بـ").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The accused and the accuser of an accusation verb at <paramref name="k"/> whose subject was taken to be
    /// (<paramref name="taken"/>) the actor right after it, followed by the ب of the charge; null when the verb is no form of
    /// اتهم, another word stands between, or no accuser is found before it.
    /// </summary>
    private (ActorMention Accused, EventArgument Accuser)? AccusedAfterVerb(int k, EventLexeme lexeme, EventArgument? taken)
    {
        if (lexeme.Lemma != "اتهم" || lexeme.Kind != EventWordKind.Verb || taken is null || _tokens[k].Has(SegmentRole.Pronoun)
            || _actors.StartingAt(k + 1) is not { IsActor: true, Preposition: null } accused || !taken.Span.Overlaps(accused.Span)
            || accused.Last + 1 >= _sentenceEnd[_sentenceOf[k]])
        {
            return null;
        }

        // The charge: ب glued to the next word ("بممارسة"، "بأنه"، "بالتورط").
        if (_tokens[accused.Last + 1].SegmentWith(SegmentRole.Preposition) is not { } clitic || _doc.Text[clitic.Span.Start] != 'ب')
        {
            return null;
        }

        var accuser = ClauseSubjectBefore(k) ?? SpeakerOfSentenceBefore(k);
        return accuser is { } a && !SameActor(accused.Argument, a) ? (accused, a) : null;
    }
}
