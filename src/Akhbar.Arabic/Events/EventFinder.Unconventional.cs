using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// CAMEO tells conventional military force (19x: an army's attack, a battle, shelling of positions) from unconventional
/// violence (18x: an armed group's attack on people, a bombing), and so does the gold convention (gold/README.md,
/// events: "attacks by non-state actors on civilians and bombings are 18x"). The words are the same ("هجوم"، "قصف"،
/// "هاجم"), so the code of an attack follows its actors: an attack by a militia, a movement, an organization or armed
/// men that is no state's is 180, unless what it struck is military (positions, forces, soldiers: a battle, 190).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas of the attack words whose code depends on who attacks (folded).</summary>
    private static readonly HashSet<string> AttackLemmas = new(StringComparer.Ordinal) { "هجوم", "هاجم", "قصف" };

    /// <summary>
    /// Stems (folded, without the article) of the words that make an actor an armed group of no state: the head of its
    /// name ("ميليشيا الحوثي"، "حركة طالبان"، "تنظيم داعش") or the noun of a group phrase ("مسلحون"، "الجماعة الإرهابية").
    /// </summary>
    private static readonly string[] NonStateStems =
    [
        "ميليشي", "مليشي", "حرك", "جماع", "تنظيم", "مسلح", "متمرد", "متشدد", "ارهابي", "انتحاري", "مجهول", "مهاجم", "حوثي",
    ];

    /// <summary>
    /// Stems of the words that make what an attack struck military or a state's security ("مواقع أمنية"، "قوات الجيش"،
    /// "جنود"، "نقطة تفتيش"): an armed group's attack on them is a battle (190), as the dev gold has it.
    /// </summary>
    private static readonly string[] MilitaryTargetStems =
    [
        "عسكري", "امني", "جيش", "قوات", "قوه", "جنود", "جندي", "ثكن", "دوري", "شرط", "تفتيش", "كتيب", "لواء", "معسكر", "موقع", "مواقع",
        "جبه",
    ];

    /// <summary>
    /// Recodes the attacks (190) whose source is an armed group of no state and whose target is not military, and the
    /// attacks called terrorist, as 180.
    /// </summary>
    private void UnconventionalAttacks()
    {
        if (_codes.Find("180") is not { } unconventional)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Cameo != "190" || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            if (k < 0 || _readings.Lexeme(k) is not { } lexeme || !AttackLemmas.Contains(lexeme.Lemma))
            {
                continue;
            }

            // "هجوم إرهابي": an attack the text calls terrorist is no state's battle, whoever it names or not as its author.
            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            var terrorist = lexeme.Kind == EventWordKind.Noun && last + 1 < _tokens.Length && _tokens[last + 1].Kind == TokenKind.Word
                && WithoutArticle(ArticleActors.WithoutConjunction(_tokens[last + 1].Key)).StartsWith("ارهابي", StringComparison.Ordinal)
                && (e.Source is null || IsNonState(e.Source));
            if (terrorist || (e.Source is { } source && IsNonState(source) && (e.Target is not { } target || !HasStem(WithNextWords(target.Span, 2), MilitaryTargetStems))))
            {
                _events[i] = Recoded(e, unconventional);
            }
        }
    }

    /// <summary>
    /// Whether an actor is an armed group of no state: its words hold a group's head noun, or, for an entity, one of its
    /// mentions or the word right before one does ("حركة طالبان" for a later "طالبان", also past a quotation mark: "تنظيم
    /// "داعش""). A country's entity never is.
    /// </summary>
    private bool IsNonState(EventArgument actor)
    {
        if (actor.EntityId is null)
        {
            return HasStem(actor.Span, NonStateStems);
        }

        var entity = EntityById(actor.EntityId);
        if (entity is null || entity.Type != EntityType.Organization)
        {
            return false;
        }

        foreach (var m in entity.Mentions)
        {
            // "تنظيم "داعش"": a name in quotation marks has its designator before the opening mark.
            var first = ArticleActors.TokenAt(_tokens, m.Span.Start);
            var before = first > 1 && EventModality.IsQuotationMark(_tokens[first - 1]) ? first - 2 : first - 1;
            var from = before >= 0 && _tokens[before].Kind == TokenKind.Word ? _tokens[before].Span.Start : m.Span.Start;
            if (HasStem(new TextSpan(from, m.Span.End), NonStateStems))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The span and up to <paramref name="count"/> words after it: a target phrase cut at its first word ("نقطتي" of "نقطتي تفتيش").</summary>
    private TextSpan WithNextWords(TextSpan span, int count)
    {
        var j = ArticleActors.TokenAt(_tokens, span.End - 1);
        var end = span.End;
        for (var n = 1; n <= count && j + n < _tokens.Length && _tokens[j + n].Kind == TokenKind.Word; n++)
        {
            end = _tokens[j + n].Span.End;
        }

        return new TextSpan(span.Start, end);
    }

    /// <summary>Whether a word of the span, without a conjunction, a preposition clitic or the article, begins with one of the stems.</summary>
    private bool HasStem(TextSpan span, string[] stems)
    {
        var first = ArticleActors.TokenAt(_tokens, span.Start);
        for (var j = Math.Max(first, 0); j < _tokens.Length && _tokens[j].Span.Start < span.End; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            // "لتنظيم داعش": the preposition glued to the head noun goes too.
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key.Length > 4 && key[0] is 'ل' or 'ب' && _tokens[j].Has(SegmentRole.Preposition))
            {
                key = key[1..];
            }

            key = WithoutArticle(key);
            foreach (var stem in stems)
            {
                if (key.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
