using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وواجه فيسبوك انتقادات حادة"، "ويواجه ترامب انتقادات شديدة"، "سالفيني الذي أثار الانتقادات"، "الذي لاحقته اتهامات
/// بالإبادة": a noun of criticism or accusation (root 11) as the object of a verb of facing or drawing it names whom the
/// criticism is aimed at, not who criticized. The noun path takes the actor before it for its author, so these came out as
/// "Facebook criticizes"; the gold codes the criticism the text reports without its authors with a null source and the
/// criticized one as target ("انتقادات دولية واسعة لتل أبيب"، "إدانات عربية"), as it does "وتعرض الرئيس لانتقادات", which
/// the noun path already reads that way. Who criticized is the name in the noun's genitive ("انتقادات بول كروغمان") or the
/// actor after من ("انتقادات من منظمة العفو الدولية"), when the text names one. The noun path also keeps, with no source, a
/// criticism noun whose authors the text does not name but whose target follows it at once (<see cref="UnattributedCriticism"/>).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Forms of the verbs of facing, meeting with or drawing criticism (واجه، لقي، لاقى، تلقى، نال، أثار) and of charges that
    /// pursue someone (لاحقته، حاصرته), folded, without a conjunction. Not طالت ("طالت الانتقادات الحكومة": the noun is its
    /// subject and the criticized one follows). "تلقي" is تلقّى "received" (ى folds to ي), with تلقت، تلقوا، يتلقي، تتلقي; the
    /// same key is also تُلقي, the present of ألقى "throws", which the set does not tell apart but which is harmless: "تلقي
    /// باللوم" has no criticism noun after it.
    /// </summary>
    private static readonly HashSet<string> FacingVerbs = new(StringComparer.Ordinal)
    {
        "واجه", "واجهت", "واجهوا", "واجها", "يواجه", "تواجه", "يواجهون", "يواجهان", "تواجهان",
        "لقي", "لقيت", "لاقي", "لاقت", "يلاقي", "تلاقي", "تلقي", "تلقت", "تلقوا", "يتلقي", "تتلقي",
        "نال", "نالت", "اثار", "اثارت", "يثير", "تثير",
        "لاحقته", "لاحقتها", "لاحقتهم", "تلاحقه", "تلاحقها", "تلاحقهم", "حاصرته", "حاصرتها", "حاصرتهم", "تحاصره", "تحاصرها",
    };

    /// <summary>How many tokens may stand between the verb of facing and the noun: the subject and an adverb ("من جديد").</summary>
    private const int FacingReach = 6;

    /// <summary>
    /// Who faced the criticism or accusation noun k..last (root 11) and who made it, when a verb of facing governs the noun:
    /// the actor who faced it, and the name in the noun's genitive ("واجه تسيبراس انتقادات بول كروغمان") or the actor after
    /// من that follows it, or none. Read by the noun path with "تعرض لانتقادات" (<see cref="SufferedBy"/>), so a criticism
    /// faced is coded once, not coded as its facer's and then turned round. Null for a noun with a possessive ("كرر ترامب
    /// انتقاداته": his own) and when no verb of facing governs it.
    /// </summary>
    private (ActorMention Faced, EventArgument? Critic)? CriticismFaced(int k, int last, int start, int end)
    {
        if (_tokens[k].Has(SegmentRole.Pronoun) || FacingVerbBefore(k, start) is not { } verb || FacedActor(verb, k, start) is not { } faced)
        {
            return null;
        }

        var after = last + 1;
        var critic = after < end && _actors.StartingAt(after) is { IsActor: true, Preposition: null } genitive && genitive.Entity.Id != faced.Entity.Id
            ? genitive.Argument
            : CriticAfter(after, end, faced);
        return (faced, critic);
    }

    /// <summary>The token of a verb of facing before noun k in its clause, within <see cref="FacingReach"/> tokens; null when none.</summary>
    private int? FacingVerbBefore(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - FacingReach; j--)
        {
            // "واجه" and "وجه" begin with a و of their own: the key is asked as it is, then without a conjunction ("ووجهت").
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (FacingVerbs.Contains(_tokens[j].Key) || FacingVerbs.Contains(key))
            {
                return j;
            }

            if (ClauseStops.Contains(key) || _tokens[j].Key is "،" or "," || _readings.Lexeme(j) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Who faced the criticism: the actor between the verb and the noun ("وواجه فيسبوك انتقادات")، else the one right before
    /// the verb ("ترامب يواجه"، "ترامب قد واجه")، else the antecedent of a relative pronoun right before it ("بورتر، الذي
    /// حاصرته اتهامات").
    /// </summary>
    private ActorMention? FacedActor(int verb, int k, int start)
    {
        for (var j = verb + 1; j < k; j++)
        {
            if (_actors.StartingAt(j) is { IsActor: true, Preposition: null } subject && subject.Last < k)
            {
                return subject;
            }
        }

        var before = verb - 1;
        if (before >= start && ArticleActors.WithoutConjunctionSpan(_tokens[before].Key) is "قد" or "كان" or "كانت")
        {
            before--;
        }

        if (before >= start && _actors.EndingAt(before) is { IsActor: true, Preposition: null } named)
        {
            return named;
        }

        return before > start && RelativePronouns.Contains(_tokens[before].Key) && AntecedentOfRelative(before, start) is { Preposition: null } head
            ? head
            : null;
    }

    /// <summary>Forms of وجّه "directed" (folded), the light verb of a criticism noun whose subject is its author.</summary>
    private static readonly HashSet<string> DirectingVerbs = new(StringComparer.Ordinal)
    {
        "وجه", "وجهت", "وجهوا", "يوجه", "توجه", "يوجهون", "توجهان", "يوجهان",
    };

    /// <summary>How far before the noun the light verb of directing may stand: its subject and a phrase ("في تقريرها").</summary>
    private const int DirectingReach = 5;

    /// <summary>
    /// Whether criticism noun k..last, with no author found, names whom it is aimed at right after it: the target follows
    /// its own preposition (ل) with at most two adjectives between ("انتقادات دولية واسعة لإسرائيل"، "الانتقادات الموجهة
    /// للاتحاد")، the noun has no possessive ("انتقاداته لـ": the pronoun is the author) and no light verb of directing stands
    /// before it ("وجهت المنظمة انتقادات لتركيا", whose author is that verb's subject, a group the noun path may not have
    /// named). Further on, a ل belongs to another noun ("انتقادات بشأن وجود أهداف لوزارة الداخلية").
    /// </summary>
    private bool UnattributedCriticism(int k, int last, ActorMention aimedAt, EventLexeme lexeme)
    {
        if (aimedAt.Preposition is not { } preposition || preposition != lexeme.Preposition || _tokens[k].Has(SegmentRole.Pronoun)
            || aimedAt.First <= last || aimedAt.First - last - 1 > 2)
        {
            return false;
        }

        for (var j = last + 1; j < aimedAt.First; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word || _tokens[j].Has(SegmentRole.Preposition) || _actors.StartingAt(j) is not null)
            {
                return false;
            }
        }

        return !DirectedByVerbBefore(k);
    }

    /// <summary>Whether a light verb of directing (وجّه) stands at most <see cref="DirectingReach"/> tokens before noun k in its sentence.</summary>
    private bool DirectedByVerbBefore(int k)
    {
        var start = _sentenceStart[_sentenceOf[k]];
        for (var j = k - 1; j >= start && j >= k - DirectingReach; j--)
        {
            if (DirectingVerbs.Contains(_tokens[j].Key) || ArticleActors.ListsWithoutConjunction(DirectingVerbs, _tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor after من within a few words from <paramref name="from"/> ("انتقادات لاذعة من الإعلام الألماني"), not the one criticized; else null.</summary>
    private EventArgument? CriticAfter(int from, int end, ActorMention criticized)
    {
        for (var j = from; j < end && j < from + 4; j++)
        {
            var key = _tokens[j].Key;
            if (key == "من" && j + 1 < end && _actors.StartingAt(j + 1) is { IsActor: true } critic && critic.Entity.Id != criticized.Entity.Id)
            {
                return critic.Argument;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || _actors.StartingAt(j) is not null)
            {
                return null;
            }
        }

        return null;
    }
}
