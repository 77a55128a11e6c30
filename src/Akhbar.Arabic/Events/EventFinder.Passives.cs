using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Passive acts of force and coercion: "اغتيل القيادي"، "قتل الصحفي على يد مسلحين"، "اعتقل الناشط من قبل الشرطة". The
/// script writes most passives like actives (قُتل and قَتل are both قتل), so a verb is read as a passive only where the
/// writing shows it (a hollow verb of form VIII: اغتيل against اغتال) or an agent phrase after it (على يد، بأيدي، من قبل،
/// من طرف) names who did it. The name after a passive verb is who suffered the act, the agent its author; without an
/// agent the source stays null, since the sentence names none.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Adverbs that may follow a passive verb in place of its subject ("قتل لاحقا على يد"، "اغتيل أثناءها"), folded: the one
    /// who suffered the act was named before the verb, not after it.
    /// </summary>
    private static readonly HashSet<string> PassiveAdverbs = new(StringComparer.Ordinal)
    {
        "لاحقا", "سابقا", "بعد", "قبل", "اثناء", "اثناءها", "خلالها", "حينها", "فورا", "عمدا",
    };

    /// <summary>
    /// The token after an agent phrase that starts at <paramref name="j"/> ("على يد"، "على أيدي"، "بأيدي"، "من قبل"، "من
    /// طرف"، "من جانب"), or -1. "من قبل" is also "before" ("اعتقل من قبل"): callers take it as an agent only when an actor follows.
    /// </summary>
    private int AgentPhraseEnd(int j, int end)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        if (key == "بايدي")
        {
            return j + 1;
        }

        return j + 1 < end && ((key == "علي" && _tokens[j + 1].Key is "يد" or "ايدي") || (key == "من" && _tokens[j + 1].Key is "قبل" or "طرف" or "جانب")) ? j + 2 : -1;
    }

    /// <summary>
    /// The author an agent phrase at <paramref name="j"/> names: the actor right after it, or after على يد / بأيدي the
    /// words of an unnamed group ("على يد مسلحين مجهولين"). Null when the phrase is not there or names nobody.
    /// </summary>
    private EventArgument? AgentAt(int j, int end)
    {
        var after = AgentPhraseEnd(j, end);
        if (after < 0 || after >= end)
        {
            return null;
        }

        if (_actors.StartingAt(after) is { IsActor: true } named)
        {
            return named.Argument;
        }

        // "من قبل" before a word that is no actor is a phrase of time; only the hands name an author without a name.
        return ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is not "من" && IsObjectWord(after) ? GroupArgument(after, end) : null;
    }

    /// <summary>
    /// Whether the verb at <paramref name="k"/> (a lexicon verb of coercion or force) reads as a passive here, with the agent
    /// it names or null. Not with an object pronoun ("اعتقلته الشرطة" is active), and the agent phrase must stand in the
    /// verb's own clause.
    /// </summary>
    private (bool Passive, EventArgument? Agent, int AgentAt) PassiveReading(int k, int last, int end, EventLexeme lexeme, string root)
    {
        if (lexeme.Kind != EventWordKind.Verb || root is not ("17" or "18" or "19" or "20") || _tokens[k].Has(SegmentRole.Pronoun))
        {
            return (false, null, -1);
        }

        for (var j = last + 1; j < end && j <= last + TargetWindow; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            // "ألقي القبض عليه وتم استجوابه من قبل الحرس": a word joined by و opens another clause, whose agent it is.
            if (ClauseStops.Contains(key) || key is "،" or "," || _tokens[j].Segments is [{ Role: SegmentRole.Conjunction }, ..]
                || (_actors.StartingAt(j) is null && _readings.Lexeme(j) is { Kind: EventWordKind.Verb }))
            {
                break;
            }

            if (j > last + 1 && AgentAt(j, end) is { } agent)
            {
                return (true, agent, j);
            }
        }

        return (VerbForms.IsWrittenPassive(ArticleActors.WithoutConjunction(_tokens[k].Key), lexeme.Lemma) || NamedPersonSuffered(k, last, end, lexeme), null, -1);
    }

    /// <summary>Codes of the acts that news reports of a named person almost only in the passive: arrest, detention, killing.</summary>
    private static readonly HashSet<string> SufferedByNamedCodes = new(StringComparer.Ordinal) { "173", "193" };

    /// <summary>
    /// "اعتقلت نازانين زاغاري راتكليف، التي ..."، "واعتقل فلان عندما ذهب"، "قتل زعيم التنظيم في غارة": an arrest or a
    /// killing verb in the past with a person's name right after it and no object after the name is a passive the script
    /// does not mark (اُعتقلت، قُتل): authorities and forces arrest, a named individual is who is arrested. With an object
    /// after the name ("قتل فلان زوجته") the name is the subject, as usual.
    /// </summary>
    private bool NamedPersonSuffered(int k, int last, int end, EventLexeme lexeme)
    {
        if (!SufferedByNamedCodes.Contains(lexeme.Cameo) || IsPresentVerbForm(_tokens[k]) || ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).StartsWith('ي'))
        {
            return false;
        }

        // "أريد أن أحاول قتل فلان": the verbal noun of قتل is written like the verb; and "إن الشرطة كانت قد اعتقلت فلان" has
        // its subject before the verb. Only a verb that opens its clause, after its auxiliaries (with و or ف, first in the
        // sentence, or after a comma or a clause word), is read.
        var start = _sentenceStart[_sentenceOf[k]];
        var opening = k;
        while (opening > start && !_tokens[opening].Has(SegmentRole.Conjunction)
            && (_inTime[opening - 1] || ArticleActors.WithoutConjunctionSpan(_tokens[opening - 1].Key) is "قد" or "لقد" or "كان" or "كانت" or "كانوا"))
        {
            // "وفي 17 مايو 2014 اعتقل فلان": a date before the verb, with its preposition, leaves it opening its clause.
            opening--;
            if (_inTime[opening] && opening > start && !_inTime[opening - 1] && ArticleActors.WithoutConjunctionSpan(_tokens[opening - 1].Key) is "في" or "منذ")
            {
                opening--;
            }
        }

        if (!(opening == start || _tokens[opening].Segments is [{ Role: SegmentRole.Conjunction }, ..] || _tokens[opening - 1].Kind == TokenKind.Punctuation
            || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[opening - 1].Key)))
        {
            return false;
        }

        var j = last + 1;
        if (j < end && ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is "قد")
        {
            return false;
        }

        if (j >= end || _actors.StartingAt(j) is not { Entity.Type: EntityType.Person, Preposition: null } person || !IsNamed(person))
        {
            return false;
        }

        // What follows the name: a clause break, a preposition, a relative pronoun or a time word leaves no room for an
        // object; anything else may be one.
        var after = person.Last + 1;
        while (after < end && _inTime[after])
        {
            after++;
        }

        if (after >= end)
        {
            return true;
        }

        var next = _tokens[after];
        var key = ArticleActors.WithoutConjunction(next.Key);
        return next.Kind != TokenKind.Word || key is "،" or "," || StandalonePrepositions.Contains(key) || RelativePronouns.Contains(key)
            || ClauseStops.Contains(key) || PassiveAdverbs.Contains(key) || key is "عندما" or "حين" or "بعد" or "بتهمه" or "بتهم" or "اثناء"
            || (next.Has(SegmentRole.Preposition) && _actors.StartingAt(after) is null) || next.Segments is [{ Role: SegmentRole.Conjunction }, ..];
    }

    /// <summary>
    /// Codes a passive verb of force: who suffered it is the name right after the verb (or the words of a count or a title
    /// phrase there), its author the agent. Nothing is coded when nobody who suffered it is named; the active reading is
    /// not tried on a verb known to be passive either.
    /// </summary>
    private void PassiveEvent(int k, int last, int sentence, int start, int end, EventLexeme lexeme, bool future, EventArgument? agent, int agentAt)
    {
        var limit = agentAt > 0 ? agentAt : end;
        var targets = new List<ActorMention>();
        EventArgument? spanTarget = null;
        if (NextActor(last + 1, limit) is { } patient)
        {
            targets.Add(patient);
        }
        else if (last + 1 < limit && (PlaceStruck(last + 1) is { } place) && IsForce(lexeme.Cameo))
        {
            // "قصفت مدينة إدلب من قبل الطيران": a place struck is the target of the force.
            spanTarget = place.Argument;
        }
        else if (last + 2 < limit && (_tokens[last + 1].Kind == TokenKind.Number || ArticleActors.ListsWithoutConjunction(CountWords, _tokens[last + 1].Key))
            && IsObjectWord(last + 2))
        {
            // "قتل 12 شخصا على يد مسلحين": the count and what it counts.
            spanTarget = new EventArgument(new TextSpan(_tokens[last + 1].Span.Start, GroupArgument(last + 2, limit).Span.End), null);
        }
        else if (last + 1 < limit && IsObjectWord(last + 1) && !ArticleActors.ListsWithoutConjunction(PassiveAdverbs, _tokens[last + 1].Key))
        {
            spanTarget = TitledPerson(last + 1, limit)?.Argument ?? GroupArgument(last + 1, limit);
        }

        if (targets.Count == 0 && spanTarget is null)
        {
            return;
        }

        if (AimingLemmas.Contains(lexeme.Lemma) && !AimsForce(k, last, start, end, agent))
        {
            // "استهدفت شركات من قبل وزارة الخزانة": aiming without weapons or an armed side is a sanction's object, no attack.
            return;
        }

        var triggerSpan = new TextSpan(_tokens[k].Span.Start, _tokens[last].Span.End);
        future |= EventModality.IsFuture(_tokens, k, start, lexeme.Kind);
        var cameo = future ? Intent(lexeme.Cameo) : lexeme.Cameo;
        var negated = EventModality.IsNegated(_tokens, k, start, lexeme.Kind) || InsideDenial(triggerSpan);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, lexeme.Kind, lexeme.Lemma);
        Add(triggerSpan, k, sentence, cameo, agent, targets, negated, hypothetical, EventBasis.Trigger, spanTarget);
    }
}
