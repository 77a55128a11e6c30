using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "حركة حماس التي تعتبرها إسرائيل "إرهابية""، "وحدات حماية الشعب الكردية التي تعتبرها تركيا منظمة إرهابية"، "وتعتبر أنقرة
/// الوحدات الكردية امتدادا لحزب العمال الكردستاني": a state that regards a group as terrorist, or as the arm of one, accuses
/// it, which the gold codes 112 (gold/README.md, events-test7: "regards the YPG as an extension of the PKK"). The verb is
/// اعتبر, a statement cue the lexicon codes 010, but here it reports no words and, after a relative pronoun, makes no
/// statement at all (StatementOutsideQuote leaves it), so the designation was lost. The one who regards is the actor right
/// after the verb, or the state of the relative clause's antecedent ("أردوغان، الذي تعتبر بلاده"); the one regarded is the
/// antecedent of the relative pronoun when the verb carries its object pronoun ("التي تعتبرها")، else the actor right after
/// the first. The judgement must follow at once: a word of terrorism or
/// "امتدادا"، "ذراعا" (an extension, an arm). Not تصنف "classifies", which the gold codes as a listing (163).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded words, after the one regarded, that make the regarding a charge: an extension or an arm of another group.</summary>
    private static readonly HashSet<string> ArmWords = new(StringComparer.Ordinal) { "امتدادا", "ذراعا" };

    /// <summary>How many words after the one regarded the judgement may stand: "أيضا"، "منظمة"، a quotation mark.</summary>
    private const int DesignationReach = 4;

    /// <summary>Codes "تعتبره X إرهابيا" at a form of اعتبر (token k) as an accusation (112); whether it did.</summary>
    private bool DesignationEvent(int k, EventLexeme lexeme)
    {
        if (lexeme.Lemma != "اعتبر" || lexeme.Kind != EventWordKind.Verb || IsCircumstantialParticiple(k, _sentenceStart[_sentenceOf[k]], lexeme))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        if (k + 1 >= end || (ActorOrTitledName(k + 1) is { IsActor: true, Preposition: null } named ? named.Argument : CountryOfAntecedent(k, start)) is not { } holder)
        {
            return false;
        }

        var after = ArticleActors.TokenAt(_tokens, holder.Span.End - 1) + 1;
        ActorMention? regarded;
        if (_tokens[k].Has(SegmentRole.Pronoun))
        {
            regarded = RelativeAntecedentOf(k, start);
        }
        else
        {
            regarded = after < end && _actors.StartingAt(after) is { IsActor: true, Preposition: null } direct ? direct : null;
            after = regarded?.Last + 1 ?? after;
        }

        if (regarded is not { } accused || SameActor(accused.Argument, holder) || !JudgedAsTerrorist(after, end))
        {
            return false;
        }

        var negated = EventModality.IsNegated(_tokens, k, start, EventWordKind.Verb);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Verb, lexeme.Lemma);
        Add(_tokens[k].Span, k, sentence, "112", holder, [accused], negated, hypothetical, EventBasis.Trigger);
        return true;
    }

    /// <summary>
    /// The actor starting at token <paramref name="j"/>, else, when a person's title opens there and the linker found the
    /// name right after it ("واعتبر وزير الدفاع الإسرائيلي أفيغدور ليبرمان حركة حماس"، "وأقر وزير الداخلية الفرنسي جيرار
    /// كولومب بأن"), the name's mention, which ends after the title: the title is no mention of its own
    /// (<see cref="ArticleActors.NameAfterRole"/>), so a reader that wants the subject right after a verb would stop at it.
    /// </summary>
    private ActorMention? ActorOrTitledName(int j) =>
        _actors.StartingAt(j) ?? (_actors.NameAfterRole(j) is var name and > 0 ? _actors.StartingAt(name) : null);

    /// <summary>Folded words for "his (her) country" or "government" that name the state of the one a relative clause is about.</summary>
    private static readonly HashSet<string> OwnStateWords = new(StringComparer.Ordinal) { "بلاده", "بلادها", "حكومته", "حكومتها" };

    /// <summary>
    /// "وكان أردوغان، الذي تعتبر بلاده وحدات حماية الشعب امتدادا لـ": بلاده right after the verb is the state of the antecedent
    /// of the relative pronoun before it; the word, linked to that state's entity in the article (or to none).
    /// </summary>
    private EventArgument? CountryOfAntecedent(int k, int start)
    {
        if (!ArticleActors.ListsWithoutConjunction(OwnStateWords, _tokens[k + 1].Key) || RelativeAntecedentOf(k, start) is not { } antecedent
            || EntityById(antecedent.Entity.Id)?.Country is not { } country)
        {
            return null;
        }

        return new EventArgument(_tokens[k + 1].Span, StateEntityId(country));
    }

    /// <summary>
    /// The actor a relative pronoun right before token k stands for, whatever preposition it has ("لحركة حماس التي")، "وحدات حماية الشعب الكردية السورية
    /// التي" (an adjective or two after the name), "حزب العمال، الذي"; null when none ends there.
    /// </summary>
    private ActorMention? RelativeAntecedentOf(int k, int start)
    {
        return k - 2 < start || !RelativePronouns.Contains(_tokens[k - 1].Key) ? null : AntecedentOfRelative(k - 1, start, adjectives: 2);
    }

    /// <summary>Whether a word of terrorism or of being another group's arm stands within <see cref="DesignationReach"/> tokens from <paramref name="from"/>.</summary>
    private bool JudgedAsTerrorist(int from, int end)
    {
        for (var j = from; j < end && j < from + DesignationReach; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key.StartsWith("ارهابي", StringComparison.Ordinal) || key.StartsWith("الارهابي", StringComparison.Ordinal) || ArmWords.Contains(key))
            {
                return true;
            }
        }

        return false;
    }
}
