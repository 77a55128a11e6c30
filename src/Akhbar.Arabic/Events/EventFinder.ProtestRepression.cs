using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقتلت القوات الإسرائيلية 60 متظاهرا عند الحدود"، "قتل الجيش بالرصاص فلسطينيين ... ضمن مسيرات العودة"، "وضربت الشرطة العديد
/// من الرجال" in a report of a protest: a state's army or police killing, beating or firing on people at a protest is violent
/// repression, CAMEO 175 ("Use tactics of violent repression"), not a battle (190) or a killing in war (193). The gold codes
/// it so (gold/events-test4 .. -test10: the police's tear gas and chases, soldiers firing after riots, an army's killing at the
/// border marches). The one rule of repression: gunfire (EventFinder.StateForces) and the other verbs and nouns of force, aimed
/// at protesters named as the target, or at victims the sentence does not call protesters when the same sentence reports the
/// protest itself (a 14x event). Not when the force is used on another armed side or state force ("قتل الجيش مسلحين ... بينما خرجت
/// مظاهرات"), and not for an author that is no state's force (militias stay 18x).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Recodes the force events (18x, 19x) of a state's forces in a sentence of protest, or against protesters, as 175.</summary>
    private void ProtestRepression()
    {
        if (_codes.Find("175") is not { } repression)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || !(e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal)) || e.Cameo == "192" || !IsStateForce(e.Source))
            {
                continue;
            }

            if (IsStateForce(e.Target) || IsArmedSide(e.Target) || IsCountedArmedSide(e.Target) || IsAdvance(e.Trigger))
            {
                continue;
            }

            // Force aimed at protesters is repression even when denied or planned ("لم تطلق الشرطة النار على المتظاهرين"); the
            // sentence's protest alone says so only of force done.
            if (IsProtesterPhrase(e.Target) || (!e.Hypothetical && !e.Negated && ProtestInSentence(e.Sentence)))
            {
                _events[i] = Recoded(e, repression);
            }
        }
    }

    /// <summary>Whether the words count an armed side ("خمسة مسلحين"، "20 مقاتلا"): force on them is fighting, not repression.</summary>
    private bool IsCountedArmedSide(EventArgument? target)
    {
        if (target is not { EntityId: null } t || ArticleActors.TokenAt(_tokens, t.Span.Start) is not (>= 0 and var first) || first + 1 >= _tokens.Length)
        {
            return false;
        }

        var counted = _tokens[first].Kind == TokenKind.Number || ArticleActors.ListsWithoutConjunction(CountWords, _tokens[first].Key);
        var next = ArticleActors.WithoutConjunction(_tokens[first + 1].Key);
        return counted && (ArmedHeads.Contains(next) || next.StartsWith("مقاتل", StringComparison.Ordinal) || next.StartsWith("مسلح", StringComparison.Ordinal));
    }

    /// <summary>Whether the trigger is an advance or an entry of armed sides (تقدم، تسلل، اقتحم: <see cref="ArmedOnlyLemmas"/>), which strikes no one.</summary>
    private bool IsAdvance(TextSpan trigger) => TriggerLemmaIn(trigger, ArmedOnlyLemmas);

    /// <summary>
    /// Whether the sentence reports a protest: a protest event was coded in it, or a protest noun stands in it that names a march
    /// (not a drone or a course: <see cref="IsNoMarch"/>), or the name of the Gaza border protests, "مسيرات العودة", whose
    /// genitive otherwise makes مسيرة a course. The test runs only for the few force events of a state's forces.
    /// </summary>
    private bool ProtestInSentence(int sentence)
    {
        if (_events.Exists(p => p.Sentence == sentence && p.Cameo.StartsWith("14", StringComparison.Ordinal) && !p.Negated && !p.Hypothetical))
        {
            return true;
        }

        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        for (var j = start; j < end; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word || _readings.Lexeme(j) is not { Kind: EventWordKind.Noun } lexeme || !lexeme.Cameo.StartsWith("14", StringComparison.Ordinal))
            {
                continue;
            }

            if (!IsNoMarch(j, start, end, lexeme) || (j + 1 < end && _tokens[j + 1].Key == "العوده"))
            {
                return true;
            }
        }

        return false;
    }
}
