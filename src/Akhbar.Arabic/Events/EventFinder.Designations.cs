using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "حركة حماس التي تعتبرها إسرائيل "إرهابية""، "وحدات حماية الشعب الكردية التي تعتبرها تركيا منظمة إرهابية"، "وتعتبر أنقرة
/// الوحدات الكردية امتدادا لحزب العمال الكردستاني": a state that regards a group as terrorist, or as the arm of one, accuses
/// it, which the gold codes 112 (gold/README.md, events-test7: "regards the YPG as an extension of the PKK"). The verb is
/// اعتبر, a statement cue the lexicon codes 010, but here it reports no words and, after a relative pronoun, makes no
/// statement at all (StatementOutsideQuote leaves it), so the designation was lost. The one who regards is the actor right
/// after the verb; the one regarded is the antecedent of the relative pronoun when the verb carries its object pronoun
/// ("التي تعتبرها")، else the actor right after the first. The judgement must follow at once: a word of terrorism or
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
        if (k + 1 >= end || _actors.StartingAt(k + 1) is not { IsActor: true, Preposition: null } holder)
        {
            return false;
        }

        var after = holder.Last + 1;
        ActorMention? regarded;
        if (_tokens[k].Has(SegmentRole.Pronoun))
        {
            regarded = RelativeAntecedentOf(k, start);
        }
        else
        {
            regarded = after < end && _actors.StartingAt(after) is { IsActor: true, Preposition: null } named ? named : null;
            after = regarded?.Last + 1 ?? after;
        }

        if (regarded is not { } accused || SameActor(accused.Argument, holder.Argument) || !JudgedAsTerrorist(after, end))
        {
            return false;
        }

        var negated = EventModality.IsNegated(_tokens, k, start, EventWordKind.Verb);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Verb, lexeme.Lemma);
        Add(_tokens[k].Span, k, sentence, "112", holder.Argument, [accused], negated, hypothetical, EventBasis.Trigger);
        return true;
    }

    /// <summary>
    /// The actor a relative pronoun right before token k stands for, whatever preposition it has ("لحركة حماس التي")، "وحدات حماية الشعب الكردية السورية
    /// التي" (an adjective or two after the name), "حزب العمال، الذي"; null when none ends there.
    /// </summary>
    private ActorMention? RelativeAntecedentOf(int k, int start)
    {
        if (k - 2 < start || !RelativePronouns.Contains(_tokens[k - 1].Key))
        {
            return null;
        }

        var j = k - 2;
        if (_tokens[j].Key is "،" or ",")
        {
            j--;
        }

        for (var gap = 0; j >= start && gap <= 2; j--, gap++)
        {
            if (_actors.EndingAt(j) is { IsActor: true } antecedent)
            {
                return antecedent;
            }

            if (_tokens[j].Kind != TokenKind.Word || !ArticleActors.WithoutConjunction(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
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
