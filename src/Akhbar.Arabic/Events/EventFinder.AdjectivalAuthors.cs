using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "غارة جوية إسرائيلية"، "قصف مدفعي تركي"، "هجوم صاروخي روسي": the country's nisba that names the author of a noun of force
/// often stands after the noun's own adjectives (the weapon or the kind of strike), not right after the noun.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many adjectives of kind may stand between a noun of force and the nisba of its author ("غارة جوية عنيفة إسرائيلية").</summary>
    private const int KindAdjectivesBeforeAuthor = 2;

    /// <summary>
    /// Adjectives that tell what kind of strike or attack it was, folded, without the article and without the feminine ه.
    /// A closed list rather than any word ending in ي or ة: after an indefinite noun such a word may be its genitive ("قصف
    /// قرية سورية" is the shelling of a Syrian village, whose nisba names the place struck, not the author).
    /// </summary>
    private static readonly HashSet<string> StrikeKindAdjectives = new(StringComparer.Ordinal)
    {
        "جوي", "صاروخي", "مدفعي", "بري", "بحري", "عسكري", "انتحاري", "كيماوي", "كيميايي", "كيمياوي", "ارهابي", "دموي",
    };

    /// <summary>
    /// The nisba author of a noun of force whose last word is <paramref name="last"/>, right after it or past at most
    /// <see cref="KindAdjectivesBeforeAuthor"/> adjectives of kind; null when none.
    /// </summary>
    private EventArgument? NisbaAuthorPastAdjectives(int last, int end)
    {
        for (var a = last; a < end && a <= last + KindAdjectivesBeforeAuthor; a++)
        {
            if (a > last && !IsStrikeKindAdjective(a))
            {
                return null;
            }

            if (NisbaAuthor(a, end) is { } author)
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>"جوية"، "الصاروخي"، "عنيفة": a bare word (no clitic, not in a time expression) of the kinds of strike or their manner.</summary>
    private bool IsStrikeKindAdjective(int j)
    {
        var token = _tokens[j];
        if (token.Kind != TokenKind.Word || _inTime[j] || token.Has(SegmentRole.Preposition) || token.Has(SegmentRole.Conjunction) || token.Has(SegmentRole.Pronoun))
        {
            return false;
        }

        var stem = WithoutArticle(token.Key);
        if (stem.EndsWith('ه'))
        {
            stem = stem[..^1];
        }

        return StrikeKindAdjectives.Contains(stem) || AdjectiveWords.Contains(stem);
    }
}
