using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "أصدرت وزارة الخارجية الفرنسية بيانا ... وطالب البيان"، "أصدر قادة فرنسا وألمانيا بيانا مشتركا، اليوم الخميس، يدين الهجوم":
/// a statement that is the object of أصدر "issued" speaks for the verb's subject. News goes on with "وقال البيان", which
/// refers back to it (as it does after "بيان لوزارة", EventFinder.Issuers), and an indefinite statement noun is often
/// followed at once by the act it performs, a verb with no subject of its own (a relative clause without الذي): the
/// condemnation, demand or rejection is the issuer's. Before this the definite "البيان" stood as the source with no
/// entity, and the relative verb, whose source no rule reached, was dropped.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of أصدر "issued", and of نشر "published" and وزع "distributed" (folded), whose object is a statement.</summary>
    private static readonly HashSet<string> IssueForms = new(StringComparer.Ordinal)
    {
        "اصدر", "اصدرت", "اصدروا", "اصدرا", "اصدرتا", "يصدر", "تصدر", "يصدرون", "يصدران", "تصدران",
        "نشر", "نشرت", "نشروا", "وزع", "وزعت",
    };

    /// <summary>How many tokens before a statement noun its verb of issuing may stand (the subject is between: "أصدر قادة فرنسا وألمانيا وبريطانيا والولايات المتحدة بيانا").</summary>
    private const int IssueReach = 10;

    /// <summary>
    /// The subject of the verb of issuing whose object is the statement noun at token i: the first actor or group between
    /// the verb and the noun (VSO), else the subject of the clause before the verb; null when no form of أصدر stands
    /// before the noun in its clause.
    /// </summary>
    private EventArgument? IssuedBy(int i)
    {
        var start = _sentenceStart[_sentenceOf[i]];
        for (var j = i - 1; j >= start && j >= i - IssueReach; j--)
        {
            var key = _tokens[j].Key;
            if (!ArticleActors.ListsWithoutConjunction(IssueForms, key))
            {
                // The verb is asked first: نشر is an event word of its own (a deployment) when arms follow it.
                if (ArticleActors.ListsWithoutConjunction(ClauseStops, key) || key is "،" or "," || _readings.Lexeme(j) is not null)
                {
                    return null;
                }

                continue;
            }

            for (var s = j + 1; s < i; s++)
            {
                if (_actors.StartingAt(s) is { } m)
                {
                    if (m.IsActor && m.Preposition is null && m.Last < i)
                    {
                        return m.Argument;
                    }

                    s = m.Last;
                    continue;
                }

                if (GroupActors.Is(_tokens[s]))
                {
                    return GroupArgument(s, i);
                }
            }

            return j > start ? ClauseSubjectBefore(j) : null;
        }

        return null;
    }

    /// <summary>
    /// "بيانا مشتركا، اليوم الخميس، يدين الهجوم": the issuer of an indefinite statement noun right before the speech-act verb
    /// at token k (adjectives of the noun, commas and words of time may stand between), named after the noun or as the
    /// subject of the verb that issued it; null when no such noun stands there.
    /// </summary>
    private EventArgument? StatementRelativeIssuer(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 6; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key is "بيان" or "بيانا" or "بلاغ" or "بلاغا")
            {
                return j + 1 < k && IssuerAfter(j) is { } named ? named : IssuedBy(j);
            }

            if (!(_tokens[j].Kind != TokenKind.Word || _inTime[j] || StatementAdjectives.Contains(key)))
            {
                return null;
            }
        }

        return null;
    }
}
