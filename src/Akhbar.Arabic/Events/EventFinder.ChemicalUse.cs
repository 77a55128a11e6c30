using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ردا على استخدام النظام السوري الأسلحة الكيماوية"، "إن استخدام النظام لغاز الكلور كسلاح"، "احتمال استخدام الحكومة لأسلحة
/// كيميائية": the use of chemical weapons by a side named in the genitive of استخدام is that side's use of such weapons
/// (2041), as the gold codes it in three articles of three tuning folders (once hypothetical). Without a named user ("لمنع
/// استخدام الأسلحة الكيميائية"، "مزاعم عن استخدام أسلحة كيميائية") the phrase speaks of the weapons in general and the gold
/// codes nothing (seven times), so the noun is an event only with its user right after it. A preposition on the noun
/// ("هجوم باستخدام غاز الأعصاب") makes it the manner of an attack that is coded on its own word.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The use of weapons of mass destruction, chemical ones: CAMEO 2041.</summary>
    private static readonly EventLexeme ChemicalUse = new("استخدام", EventWordKind.Noun, "2041", null, false, [], true);

    /// <summary>
    /// The lexeme of chemical use when token k is the noun استخدام (a و at most before it) with an actor right after it and a
    /// chemical weapon in the words after that actor (<see cref="WeaponAfter"/>); null otherwise. The key is checked first, so
    /// most tokens cost one comparison.
    /// </summary>
    private EventLexeme? ChemicalUseAct(int k)
    {
        if (ArticleActors.WithoutConjunctionSpan(_tokens[k].Key) is not "استخدام" || _tokens[k].Has(SegmentRole.Preposition) || k + 1 >= _tokens.Length)
        {
            return null;
        }

        var end = _sentenceEnd[_sentenceOf[k]];
        return _actors.StartingAt(k + 1) is { IsActor: true, Preposition: null } user && user.Last + 1 < end && WeaponAfter(user.Last, end, ChemicalWeaponWords)
            ? ChemicalUse
            : null;
    }
}
