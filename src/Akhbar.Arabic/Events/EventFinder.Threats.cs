using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Quotes;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A plain statement whose words threaten (<see cref="ThreatPhrases"/>) is a threat (130), not 010: the one place where
/// the event stage decides that, and whom it threatens.
/// <para>
/// A phrase that promises a cost ("وقال إن إيران ستدفع ثمنا باهظا"، "لن نسمح لإيران") threatens the first actor the words
/// name, outside a prepositional phrase other than ل, that is neither the speaker nor of the speaker's country ("إن إسرائيل
/// في حالة جاهزية ... ومهاجمتها ستواجه برد قوي" names the side that would respond, not the one threatened). With no such
/// actor a speaker with an entity still threatens, with no target ("لن يمر دون عواقب وسنرد عليه": whoever took the step).
/// A speaker without an entity ("قالت المصادر العسكرية إن الأسد ونظامه سيدفعان ثمن أي هجوم") threatens too, unless it only
/// passes on what others said (an outlet, a report, a witness: <see cref="IsRelayer"/>).
/// </para>
/// <para>
/// A promised response ("وقال لافروف إن بلاده سترد بالمثل على قرار الولايات المتحدة"، "وأعلن ترمب أن الهجوم سيتم الرد عليه
/// بقوة") threatens only when the side that responds is the speaker's: a response promised by an actor named right before the
/// word who is neither the speaker nor of the speaker's country is someone else's, which the speaker only foresees ("إن
/// الاتحاد الأوروبي سيرد"). Its target is the first actor after the word that is neither (the author of the decision or the
/// attack responded to); with none the threat has no target, as the gold codes a response to an attack whose author the
/// words do not name. A relayer's words promise no response of its own.
/// </para>
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether a statement's words, in the sentence where they begin, threaten, and whom (<paramref name="threatened"/>, null
    /// when they name no one). <paramref name="speakerId"/> is the entity of the quote's speaker.
    /// </summary>
    private bool ThreatensIn(Quote quote, EventArgument speaker, string? speakerId, out ActorMention? threatened)
    {
        threatened = null;
        var (from, to) = WordsInCueSentence(quote);
        if (ThreatPhrases.AnyIn(_tokens, from, to))
        {
            if (!(speaker.EntityId is null && IsRelayer(speaker)))
            {
                threatened = FirstOtherSide(from, to, speaker, withAnyPreposition: false);
            }

            if (threatened is not null || speakerId is not null)
            {
                return true;
            }
        }

        // "الفريق سيرد بقوة في المباراة المقبلة": on a sport page a team promises to answer on the pitch, which threatens
        // nobody (SportSenses drops the other political senses of sport words; this one is read here, where it is coded).
        if (IsRelayer(speaker) || SportContext.Of(_doc))
        {
            return false;
        }

        var response = ThreatPhrases.PromisedResponseIn(_tokens, from, to);
        if (response < 0 || ResponderIsOtherSide(from, response, speaker))
        {
            return false;
        }

        threatened = FirstOtherSide(response + 1, to, speaker, withAnyPreposition: true);
        return true;
    }

    /// <summary>
    /// The first actor in [from, to) that is neither the speaker nor of the speaker's country; unless
    /// <paramref name="withAnyPreposition"/>, outside a prepositional phrase other than ل ("لن نسمح لإيران").
    /// </summary>
    private ActorMention? FirstOtherSide(int from, int to, EventArgument speaker, bool withAnyPreposition)
    {
        for (var k = from; k < to; k++)
        {
            if (_actors.StartingAt(k) is { IsActor: true } m && (withAnyPreposition || m.Preposition is null or "ل")
                && !SameActor(m.Argument, speaker) && !SameSide(m.Argument, speaker))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the response is promised for an actor other than the speaker's side: an actor named right before the response
    /// word (its subject: "إن الاتحاد الأوروبي سيرد") that is neither the speaker nor of the speaker's country.
    /// </summary>
    private bool ResponderIsOtherSide(int from, int response, EventArgument speaker)
    {
        var before = response - 1;
        while (before >= from && _tokens[before].Kind != TokenKind.Word)
        {
            before--;
        }

        // The subject opens its clause (after إن، أن، بأن or at the start of the words): "في غوطة دمشق سيتم الرد" has a
        // city in a genitive there, not the side that responds.
        return before >= from && _actors.EndingAt(before) is { IsActor: true } subject
            && (subject.First <= from || ArticleActors.WithoutConjunctionSpan(_tokens[subject.First - 1].Key) is "ان" or "بان" or "لان")
            && !SameActor(subject.Argument, speaker) && !SameSide(subject.Argument, speaker);
    }
}
