using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Quotes;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Plain statements whose words call a step unacceptable or unreasonable ("اعتبر ماكرون أنه من غير المقبول إطلاقا إزالة
/// ملصقات"، "وقال مدير المجلة: هذا غير معقول"، "لا يعقل تحول رئيس الحكومة إلى مقرات الأحزاب"): the gold codes them as
/// criticism (111), aimed at whoever took the step when the words name them, else with no target (gold/README.md, events:
/// the speech's more specific act replaces 010). The judgement is read by <see cref="CondemnationWords.UnacceptableIn"/>;
/// a step called unacceptable whose author is named before it was already read by <see cref="CriticizedIn"/>.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The token of a judgement of unacceptability in a statement's words (in the sentence they begin in), or -1; none for a
    /// speaker who passes on what others did (an outlet, a report), whose words describe.
    /// </summary>
    private int JudgedUnacceptableIn(Quote quote, EventArgument speaker)
    {
        if (IsRelayer(speaker))
        {
            return -1;
        }

        var (from, to) = WordsInCueSentence(quote);
        return CondemnationWords.UnacceptableIn(_tokens, from, to, SportContext.Of(_doc));
    }

    /// <summary>
    /// Who took the step judged at token <paramref name="judged"/>: an actor of another side named before the judgement
    /// ("قرار واشنطن ... غير معقول")، else the subject of the clause أن opens right after it ("من غير المقبول أن تضع الولايات
    /// المتحدة نفسها ...")، else null.
    /// </summary>
    private ActorMention? JudgedStepAuthor(int judged, Quote quote, EventArgument speaker)
    {
        var (from, to) = WordsInCueSentence(quote);
        if (FirstOtherSide(from, judged, speaker, withAnyPreposition: false) is { } before)
        {
            return before;
        }

        for (var j = judged + 1; j < to && j <= judged + 4; j++)
        {
            if (_tokens[j].Key is "ان" or "الا")
            {
                // The subject stands right after أن or after the verb it opens with.
                for (var s = j + 1; s < to && s <= j + 2; s++)
                {
                    if (_actors.StartingAt(s) is { IsActor: true, Preposition: null } subject && !SameActor(subject.Argument, speaker) && !SameSide(subject.Argument, speaker))
                    {
                        return subject;
                    }
                }

                break;
            }
        }

        return null;
    }
}
