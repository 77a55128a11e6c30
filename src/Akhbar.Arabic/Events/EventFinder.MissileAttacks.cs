using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "الهجوم الصاروخي الذي شنه الحوثيون على السعودية"، "هجوم صاروخي استهدف شمالي إسرائيل"، "قصفا صاروخيا": an attack or a
/// shelling the text calls a missile one is the use of aerial weapons, 195 in CAMEO ("Employ aerial weapons": air strikes
/// and missile attacks), whoever fired: the adjective names the weapon, so neither the battle code 190 nor the
/// unconventional 180 that a militia's attack otherwise takes (EventFinder.Unconventional) applies. The tuning gold codes
/// all three such attacks 195 (gold/events-test3, -test4, -test5). So is a battle (190) whose author is aircraft ("قصفت طائرة
/// إسرائيلية"، "قصف الطيران الحربي مواقع"): the gold codes strikes by planes, jets and drones 195 (gold/events-test6, -test10).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Recodes the attacks and shellings (180, 190) whose noun is followed by the adjective صاروخي as 195.</summary>
    private void MissileAttacks()
    {
        if (_codes.Find("195") is not { } aerial)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Cameo is not ("180" or "190") || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            if (e.Cameo == "190" && IsAircraft(e.Source) && IsStrike(e.Trigger))
            {
                // "قصفت طائرات حربية مواقع المسلحين"، "قصف الطيران الحربي": aircraft that strike use aerial weapons.
                _events[i] = Recoded(e, aerial);
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            // The adjective first: it is a cheap test of one token, and most attacks have none.
            if (k < 0 || last + 1 >= _tokens.Length || !IsMissileAdjective(_tokens[last + 1])
                || _readings.Lexeme(k) is not { Kind: EventWordKind.Noun } lexeme || !AttackLemmas.Contains(lexeme.Lemma))
            {
                continue;
            }

            _events[i] = Recoded(e, aerial);
        }
    }

    /// <summary>Lemmas of striking (folded): not downing or intercepting, whose "source" is as often the aircraft brought down.</summary>
    private static readonly HashSet<string> StrikeLemmas = new(StringComparer.Ordinal) { "قصف", "استهدف", "استهداف", "هاجم", "هجوم", "هجمات" };

    /// <summary>Whether the trigger's word is one of <see cref="StrikeLemmas"/>.</summary>
    private bool IsStrike(TextSpan trigger) => TriggerLemmaIn(trigger, StrikeLemmas);

    /// <summary>Whether the actor's first word names aircraft ("طائرات حربية"، "الطيران الحربي"، "مقاتلات التحالف").</summary>
    private bool IsAircraft(EventArgument? actor) =>
        actor is { } a && ArticleActors.TokenAt(_tokens, a.Span.Start) is >= 0 and var first && GroupActors.IsAircraft(WithoutArticle(_tokens[first]));

    /// <summary>صاروخي، الصاروخي، صاروخية، صاروخيا (folded), without a clitic of its own.</summary>
    private static bool IsMissileAdjective(Token token) =>
        token.Kind == TokenKind.Word && !token.Has(SegmentRole.Preposition) && !token.Has(SegmentRole.Conjunction)
        && WithoutArticle(token.Key).StartsWith("صاروخي", StringComparison.Ordinal);
}
