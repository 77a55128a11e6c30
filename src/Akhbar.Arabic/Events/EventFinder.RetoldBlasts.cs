using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "فجر انتحاري نفسه ... وتحدث شهود عيان عن انفجار هائل"، "وضع الطالب القنبلة ... وتسببت بانفجار محدود": once a bombing or
/// an attack is told, an explosion the text mentions after it with neither author nor target is the blast of that attack
/// told again (its sound, its size, what it would have done), not a second attack. gold/README.md counts nominal references
/// back as no events, and the gold codes the bombing and not the blast. An explosion told first ("قتل 3 أشخاص لدى انفجار
/// قنبلة") or one with an actor or a target of its own stays.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas of an explosion (folded): what goes off, with no one named as doing it.</summary>
    private static readonly HashSet<string> BlastLemmas = new(StringComparer.Ordinal) { "انفجار", "انفجر", "تفجر" };

    /// <summary>
    /// Removes the explosions with no actor and no target told shortly after an assault or a fight the article has already
    /// coded (within <see cref="RetellingReach"/> sentences): a round-up's later, separate blast ("وفي حادث منفصل، وقع
    /// انفجار") stands far from the attack it would otherwise be taken for.
    /// </summary>
    private void RetoldBlasts()
    {
        List<CodedEvent>? force = null;
        foreach (var e in _events)
        {
            if (e.Basis == EventBasis.Trigger && Root(e.Cameo) is "18" or "19" && !InTitle(e.Trigger))
            {
                (force ??= []).Add(e);
            }
        }

        if (force is null)
        {
            return;
        }

        _events.RemoveAll(e => e.Basis == EventBasis.Trigger && e.Source is null && e.Target is null && Root(e.Cameo) == "18"
            && force.Exists(f => f.Trigger.Start < e.Trigger.Start && e.Sentence - f.Sentence <= RetellingReach) && IsBlastWord(e.Trigger));
    }

    /// <summary>How many sentences after an attack an explosion with no actor is still taken for that attack told again.</summary>
    private const int RetellingReach = 3;

    /// <summary>
    /// Whether the trigger is a word of explosion (<see cref="BlastLemmas"/>) that names no new bomb: none near it, or only
    /// a definite one ("إذا انفجرت القنبلة", the bomb already told). An indefinite bomb is a new one ("وانفجرت سيارة مفخخة"،
    /// "عبوة ناسفة انفجرت"، "انفجار قنبلة"), another attack even after the first.
    /// </summary>
    private bool IsBlastWord(TextSpan trigger)
    {
        var k = ArticleActors.TokenAt(_tokens, trigger.Start);
        if (k < 0 || _readings.Lexeme(k) is not { } lexeme || !BlastLemmas.Contains(lexeme.Lemma))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        var from = Math.Max(_sentenceStart[sentence], k - BombReach);
        var to = Math.Min(_sentenceEnd[sentence], k + BombReach + 1);
        for (var j = from; j < to; j++)
        {
            if (j != k && _tokens[j].Kind == TokenKind.Word && ExplosiveWords.Contains(WithoutArticle(_tokens[j]))
                && !ArticleActors.WithoutConjunction(_tokens[j].Key).StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words before or after a word of explosion its bomb may stand ("عبوة ناسفة انفجرت"، "انفجار سيارة مفخخة").</summary>
    private const int BombReach = 3;
}
