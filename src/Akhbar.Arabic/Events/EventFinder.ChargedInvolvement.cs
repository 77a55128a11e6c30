using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال الجيش الروسي إن لديه أدلة على تورط بريطانيا في الهجوم"، "وأشارت إلى احتمال كبير في تورط موسكو": a plain statement
/// whose words name an actor's involvement (تورط، ضلوع) with the actor as the noun's genitive accuse that actor (112), as
/// <see cref="AccusationPredicates"/> reads "موسكو متورطة في" with the actor before its predicate. Not when the words deny or
/// doubt the involvement ("ينفي أي تورط"، "عدم تورط"، "المزاعم بتورط روسيا"): those reject a charge, they make none; nor of
/// the speaker or the speaker's country (a side that speaks of the charges against itself).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns of involvement (folded, without a conjunction, a preposition clitic or the article).</summary>
    private static readonly HashSet<string> InvolvementNouns = new(StringComparer.Ordinal) { "تورط", "ضلوع" };

    /// <summary>
    /// Folded words up to two before a noun of involvement that deny or doubt it: "أي تورط"، "عدم تورط"، "نفي تورط"، "المزاعم
    /// بتورط"، "ادعاءات بضلوع".
    /// </summary>
    private static readonly HashSet<string> DoubtedInvolvement = new(StringComparer.Ordinal)
    {
        "اي", "عدم", "نفي", "نفت", "ينفي", "تنفي", "ينفون", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات", "اتهامات", "الاتهامات", "استبعد", "استبعدت",
    };

    /// <summary>Recodes a plain statement (010, no target) whose words name an actor's involvement as an accusation (112) of it.</summary>
    private void ChargedInvolvement()
    {
        if (_codes.Find("112") is not { } accusation)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            for (var k = first; k + 1 < end; k++)
            {
                if (!IsInvolvementNoun(k) || InvolvementDoubted(first, k))
                {
                    continue;
                }

                if (_actors.StartingAt(k + 1) is { IsActor: true, Preposition: null or "*" } involved && !SameActor(involved.Argument, speaker) && !SameSide(involved.Argument, speaker))
                {
                    _events[i] = Recoded(statement, accusation) with { Target = involved.Argument };
                }

                break;
            }
        }
    }

    /// <summary>Whether token k is a noun of involvement, with a conjunction, a preposition clitic or the article or not ("بتورط"، "التورط").</summary>
    private bool IsInvolvementNoun(int k)
    {
        var key = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key);
        if (key.Length > 3 && key[0] is 'ب' or 'ل' && _tokens[k].Has(SegmentRole.Preposition))
        {
            key = key[1..];
        }

        return InvolvementNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WithoutArticle(key));
    }

    /// <summary>Whether one of the two words before token k (not before <paramref name="from"/>) denies or doubts the involvement.</summary>
    private bool InvolvementDoubted(int from, int k)
    {
        for (var j = k - 1; j >= from && j >= k - 2; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(DoubtedInvolvement, _tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }
}
