using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// What force was used on, when the words after the trigger are no linked actor. Two ways war reports write it that the
/// span-target search read wrongly:
/// <list type="bullet">
/// <item>A connective of addition opens the object ("شنت هجمات استهدفت إضافة إلى قوات النظام، قوات إيرانية"، "قصفت
/// الطائرات بالإضافة إلى المعسكر مخازن"): "إضافة" was taken for the thing struck; the object is the phrase after the
/// connective.</item>
/// <item>A verbal noun of striking takes a site in its genitive ("أعلن الجيش قصف موقع داعشي"، "استهداف مواقع الميليشيات"):
/// the site is what was struck, as a town in that slot already was ("قصف مدينة إدلب").</item>
/// </list>
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded words that with إلى or على after them mean "in addition to" ("إضافة إلى"، "علاوة على").</summary>
    private static readonly HashSet<string> AdditionWords = new(StringComparer.Ordinal) { "اضافه", "بالاضافه", "علاوه" };

    /// <summary>
    /// The token after the connective of addition that opens at token j ("إضافة إلى"، "بالإضافة إلى"، "علاوة على"), when a
    /// word follows it before <paramref name="end"/>; else j itself.
    /// </summary>
    private int PastAddition(int j, int end)
    {
        if (j + 2 >= end || _tokens[j].Kind != TokenKind.Word || !AdditionWords.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key)))
        {
            return j;
        }

        return _tokens[j + 1].Key is "الي" or "علي" ? j + 2 : j;
    }

    /// <summary>
    /// The site at <paramref name="j"/>, the genitive of a verbal noun of striking ("قصف موقع داعشي"، "استهداف مواقع
    /// الميليشيات"), with its adjectives, as a span target; null when the genitive is no site noun or carries a preposition or
    /// a pronoun. The caller has checked that the trigger is such a noun.
    /// </summary>
    private EventArgument? StruckSiteAt(int j, int end)
    {
        var genitive = _tokens[j];
        if (genitive.Kind != TokenKind.Word || _inTime[j] || genitive.Has(SegmentRole.Preposition) || genitive.Has(SegmentRole.Conjunction)
            || genitive.Has(SegmentRole.Pronoun) || !SiteNouns.Contains(WithoutArticle(genitive)))
        {
            return null;
        }

        return GroupArgument(j, end);
    }
}
