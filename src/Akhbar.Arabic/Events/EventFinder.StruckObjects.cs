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
/// <item>A verbal noun of force with its author in the genitive takes its object after the author ("وقصف الجيش الإسرائيلي
/// عشرات الأهداف"، "قصف الطيران مواقع المسلحين"), as a verb after its subject; only a count or a site there, since the
/// genitive may go on with adjectives (<see cref="IsStruckObject"/>).</item>
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
        if (j + 2 >= end || _tokens[j].Kind != TokenKind.Word || !ArticleActors.ListsWithoutConjunction(AdditionWords, _tokens[j].Key))
        {
            return j;
        }

        return _tokens[j + 1].Key is "الي" or "علي" ? j + 2 : j;
    }

    /// <summary>
    /// Whether token j opens what a noun of force struck, read after its author: a site noun ("مواقع المسلحين"), or a number
    /// or a word of quantity counting sites ("عشرات الأهداف"، "25 موقعا"، "عشرات من المواقع") in the sentence, which ends
    /// before <paramref name="end"/>; people counted there are as often those the attack drove out or killed ("دفع هجوم
    /// الجيش عشرات الآلاف من الأشخاص نحو الحدود").
    /// </summary>
    private bool IsStruckObject(int j, int end)
    {
        if (IsSiteWord(j))
        {
            return true;
        }

        var counts = _tokens[j].Kind == TokenKind.Number || (IsPlainWord(j) && _readings.GenericKind(j) == GenericActors.Kind.Quantity);
        // The counted site must lie in the sentence (before end), not open the next one.
        var site = j + 1 < end && _tokens[j + 1].Key == "من" ? j + 2 : j + 1;
        return counts && site < end && IsSiteWord(site);
    }

    /// <summary>A site noun at token j ("مواقع"، "الأهداف"), with no clitic of its own.</summary>
    private bool IsSiteWord(int j) => IsPlainWord(j) && SiteNouns.Contains(WithoutArticle(_tokens[j]));

    /// <summary>A word with no preposition, conjunction or pronoun clitic, outside a time expression.</summary>
    private bool IsPlainWord(int j)
    {
        var token = _tokens[j];
        return token.Kind == TokenKind.Word && !_inTime[j] && !token.Has(SegmentRole.Preposition) && !token.Has(SegmentRole.Conjunction) && !token.Has(SegmentRole.Pronoun);
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
