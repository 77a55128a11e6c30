using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "شن الجيش هجوما على مواقع ميليشيات الحوثي"، "غارات على مواقع للميليشيات"، "قصف منشآت لحركة حماس"، "استهدفت نقاط ضبط تابعة
/// للمقاومة": war reports strike a side through its positions, and the side is named right after them, in the genitive,
/// after ل or after تابعة ل. A span target that stops at the positions ("مواقع") loses whom the force was used on; it
/// takes its owner in (gold/README.md: an actor phrase is the head noun with its modifiers, including a gold entity it is
/// qualified by), so the target names the side as well as the site.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Sites a side is struck through (folded, without the article).</summary>
    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "مواقع", "موقع", "تجمعات", "تجمع", "معاقل", "معقل", "مقرات", "مقر", "تحصينات", "اليات", "مخازن", "معسكرات", "معسكر",
        "ثكنات", "نقاط", "نقطه", "منشات", "اهداف", "اهدافا", "مواقعا", "تعزيزات", "مراكز", "مركز", "اوكار", "خطوط", "دفاعات",
    };

    /// <summary>How many tokens after the site its owner may start (adjectives, a second site joined by و, تابعة).</summary>
    private const int OwnerReach = 4;

    /// <summary>The span target extended over the side that owns the site it names (that side as its entity where a common noun takes up a named one), or the target as it was.</summary>
    private EventArgument? WithSiteOwner(EventArgument? target, int end, EventArgument? source)
    {
        if (target is not { EntityId: null } words)
        {
            return target;
        }

        var first = ArticleActors.TokenAt(_tokens, words.Span.Start);
        var last = ArticleActors.TokenAt(_tokens, words.Span.End - 1);
        if (first < 0 || last < first || !SiteNouns.Contains(WithoutArticle(_tokens[first])) || _tokens[first].Has(SegmentRole.Pronoun))
        {
            return target;
        }

        // "قصفت مواقع الميليشيات": the phrase may already hold the owner's common noun; it then takes the side only.
        for (var j = first + 1; j <= last && j <= first + OwnerReach && _tokens[j].Kind == TokenKind.Word && _actors.StartingAt(j) is null; j++)
        {
            if (OwnedKey(j) is { } inside && IsOwnerWord(inside))
            {
                var ownerLast = Math.Min(last, ArticleActors.TokenAt(_tokens, GroupArgument(j, end).Span.End - 1));
                if (OwnerSide(j, ownerLast, source) is { } side)
                {
                    return new EventArgument(words.Span, side);
                }

                break;
            }

            if (!IsPassableAfterSite(j))
            {
                break;
            }
        }

        for (var j = last + 1; j < end && j <= last + OwnerReach; j++)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word || _inTime[j])
            {
                return target;
            }

            if (_actors.StartingAt(j) is { } m)
            {
                // "مواقع ميليشيات الحوثي"، "مواقع لجيش الاحتلال": the owner in the genitive or after ل; not after في (a place).
                return m.IsActor && m.Preposition is null or "ل" ? new EventArgument(new TextSpan(words.Span.Start, m.Span.End), null) : target;
            }

            if (OwnedKey(j) is { } owned && IsOwnerWord(owned))
            {
                // "مواقع الميليشيات"، "تجمعات للمتمردين"، "معسكرات للحوثي": a side's common noun, with its words.
                var owner = GroupArgument(j, end);
                var ownerLast = ArticleActors.TokenAt(_tokens, owner.Span.End - 1);
                return new EventArgument(new TextSpan(words.Span.Start, Math.Max(owner.Span.End, token.Span.End)), OwnerSide(j, Math.Max(j, ownerLast), source));
            }

            if (!IsPassableAfterSite(j))
            {
                return target;
            }
        }

        return target;
    }

    /// <summary>The folded key of token <paramref name="j"/> without و or ف, and without a ل clitic; null after another preposition.</summary>
    private string? OwnedKey(int j)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        return _tokens[j].Has(SegmentRole.Preposition) ? (StartsWithLam(_tokens[j]) ? key[1..] : null) : key;
    }

    /// <summary>
    /// Words a site's owner may follow: an adjective of the site ("عسكرية"، "عدة"), a second site joined by و ("وتجمعات"),
    /// and تابعة before ل.
    /// </summary>
    private bool IsPassableAfterSite(int j)
    {
        var token = _tokens[j];
        var key = ArticleActors.WithoutConjunction(token.Key);
        return (!token.Has(SegmentRole.Preposition) && (IsNisba(key) || key is "عده" or "تابعه" or "تابع" or "التابعه" or "اخري"))
            || (token.Has(SegmentRole.Conjunction) && SiteNouns.Contains(WithoutArticle(token)));
    }

    /// <summary>
    /// "ميليشيات الحوثي ... قصفت مواقع الميليشيات": the side an owner's common noun at token <paramref name="j"/> takes up,
    /// the latest organization before it whose name holds that noun or has it right before ("ميليشيات" before a mention
    /// "الحوثي"), unless it is the source itself; else null. The owner's other words, up to <paramref name="ownerLast"/>,
    /// must be words of that name too: "مواقع القوات النظامية" is not "قوات حزب الله". A noun joined by و names a second
    /// owner beside the first ("مواقع الجيش والميليشيات") and is left as written.
    /// </summary>
    private string? OwnerSide(int j, int ownerLast, EventArgument? source)
    {
        if (!_doc.HasLinkedEntities || _tokens[j].Has(SegmentRole.Conjunction))
        {
            return null;
        }

        var head = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key));
        for (var i = j - 1; i >= 0; i--)
        {
            if (_actors.EndingAt(i) is not { } m)
            {
                continue;
            }

            if (m.Entity.Type == EntityType.Organization && (Holds(m, j, j) || HeadBefore(m) == head)
                && (ownerLast <= j || WordsHeld(j + 1, ownerLast, Math.Max(0, m.First - 1), m.Last)))
            {
                return m.Entity.Id != source?.EntityId ? m.Entity.Id : null;
            }

            i = m.First;
        }

        return null;
    }

    /// <summary>Sides named by a common noun that are not armed heads ("الانقلابيين"، "الاحتلال"), folded.</summary>
    private static readonly HashSet<string> OtherOwners = new(StringComparer.Ordinal)
    {
        "الانقلابيين", "الحوثي", "المتطرفين", "الارهابيين", "الاحتلال", "المعارضه",
    };

    /// <summary>
    /// Whether a folded key, less a preposition clitic, names an armed side or a group ("الميليشيات"، "ميليشيات"، and after
    /// ل with its alef dropped "لميليشيات" of "للميليشيات").
    /// </summary>
    private static bool IsOwnerWord(string key) =>
        IsOwnerHead(key) || IsOwnerHead("ال" + key) || (key.Length > 3 && key[0] == 'ل' && IsOwnerHead("ال" + key[1..]));

    private static bool IsOwnerHead(string key) => ArmedHeads.Contains(key) || OtherOwners.Contains(key);
}
