using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ضرب مثالا" (gave an example), "ضرب موعدا" (set a date), "ضرب عرض الحائط" (ignored), "ضرب رقما قياسيا" (set a record),
/// "ضرب الزلزال" (the earthquake struck): ضرب is force only when it strikes someone, not in these idioms, nor when nature
/// strikes.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words after ضرب that make it an idiom or a blow of nature, folded, without و (the forms with the article are listed where the idiom takes them).</summary>
    private static readonly HashSet<string> StrikeIdiomWords = new(StringComparer.Ordinal)
    {
        "مثل", "مثلا", "مثالا", "امثله", "موعد", "موعدا", "عرض", "رقما", "الرقم", "ارقاما", "اطنابه", "اطنابها", "جذوره", "جذورها",
        "زلزال", "زلزالا", "الزلزال", "عاصفه", "العاصفه", "اعصار", "الاعصار", "فيضانات", "الفيضانات", "موجه", "الموجه",
    };

    /// <summary>Whether the verb ضرب at k opens one of its idioms: an idiom word among the five words after it (past a subject with its title).</summary>
    private bool IsStrikeIdiom(int k, int end, EventLexeme lexeme)
    {
        if (lexeme.Lemma != "ضرب" || lexeme.Kind != EventWordKind.Verb)
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= k + 5; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(StrikeIdiomWords, _tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }
}
