using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// What an attack is told with, in the words right after it, decides what kind of event it is:
/// - a chemical, biological or nerve agent ("هجوم كيميائي على دوما"، "الهجوم بغاز الأعصاب على الجاسوس"، "هجوم مزعوم بالأسلحة
///   الكيميائية") makes it the use of such weapons (2041, gold/README.md: the gold codes every such attack so), not a battle
///   (190) nor, when it hits a person, words (111);
/// - a computer ("هجمات إلكترونية"، "هجوم سيبراني"، "هجوم للبرامج الخبيثة") makes it no use of force at all: CAMEO's violence
///   (18-20) is physical, and the gold, which codes armed attacks only, has no such event.
/// The weapon must describe the attack before what it hit: "ضربات على مواقع الأسلحة الكيميائية" strikes chemical sites with
/// other weapons, "هجوم على موقع إلكتروني" is a physical attack on an office as far as these words tell.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words that name the weapon as chemical or biological (folded, without the article and a ب before it).</summary>
    private static readonly HashSet<string> ChemicalWeaponWords = new(StringComparer.Ordinal)
    {
        "كيميايي", "كيمياييه", "كيماوي", "كيماويه", "كيمياوي", "كيمياويه", "بيولوجي", "بيولوجيه", "جرثومي", "جرثوميه",
        "اعصاب", "سارين", "كلور", "خردل", "نوفيتشوك",
    };

    /// <summary>
    /// Words that make an attack one on or by computers (folded, without the article and a ب or ل before it), the
    /// accusative of a hashtag ("#هجوما_إلكترونيا") included.
    /// </summary>
    private static readonly HashSet<string> CyberWords = new(StringComparer.Ordinal)
    {
        "الكتروني", "الكترونيه", "الكترونيا", "سيبراني", "سيبرانيه", "سيبرانيا", "برامج", "برمجيات", "قرصنه",
    };

    /// <summary>How many words after an attack its weapon may stand ("هجوم مزعوم بالأسلحة الكيميائية").</summary>
    private const int WeaponWordReach = 4;

    /// <summary>
    /// Whether the force word ending at token <paramref name="last"/> is told with a chemical weapon in the words right after
    /// it (<see cref="WeaponAfter"/>).
    /// </summary>
    private bool IsChemicalAttack(string cameo, int last, int end) => IsForce(cameo) && WeaponAfter(last, end, ChemicalWeaponWords);

    /// <summary>Whether force word k is an attack on or by computers (<see cref="WeaponAfter"/>).</summary>
    private bool IsCyberAttack(int k, int end, EventLexeme lexeme) =>
        IsForce(lexeme.Cameo) && lexeme.Kind == EventWordKind.Noun && WeaponAfter(k, end, CyberWords);

    /// <summary>
    /// Whether one of <paramref name="weapons"/> stands in the words right after token <paramref name="last"/>, before any word
    /// that names what the attack hit (على، ضد), a clause word or punctuation other than a quotation mark or the underscore of
    /// a hashtag ("#هجوم_كيمياوي").
    /// </summary>
    private bool WeaponAfter(int last, int end, HashSet<string> weapons)
    {
        for (var j = last + 1; j < end && j <= last + WeaponWordReach; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if ((token.Kind == TokenKind.Punctuation && !EventModality.IsQuotationMark(token) && !NameJoiners.IsJoiner(_doc.Text, _tokens, j))
                || ClauseStops.Contains(key) || key is "علي" or "ضد")
            {
                return false;
            }

            // "إلكترونية" folds to a key that starts like the article: the key is read as it is too.
            var word = WithoutArticle(token);
            if (weapons.Contains(word) || weapons.Contains(key) || (word.Length > 3 && word[0] == 'ل' && weapons.Contains(WithoutArticle(word[1..]))))
            {
                return true;
            }
        }

        return false;
    }
}
