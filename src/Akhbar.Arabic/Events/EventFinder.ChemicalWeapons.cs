using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "هجوم كيميائي على دوما"، "الهجوم بغاز الأعصاب على الجاسوس"، "هجوم مزعوم بالأسلحة الكيميائية": an attack told with a
/// chemical, biological or nerve agent as its weapon is the use of such weapons (2041, gold/README.md: the gold codes every
/// such attack so), not a battle (190) nor, when it hits a person, words (111). The weapon must describe the attack before
/// what it hit: "ضربات على مواقع الأسلحة الكيميائية" strikes chemical sites with other weapons.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words that name the weapon as chemical or biological (folded, without the article and a ب before it).</summary>
    private static readonly HashSet<string> ChemicalWeaponWords = new(StringComparer.Ordinal)
    {
        "كيميايي", "كيمياييه", "كيماوي", "كيماويه", "كيمياوي", "كيمياويه", "بيولوجي", "بيولوجيه", "جرثومي", "جرثوميه",
        "اعصاب", "سارين", "كلور", "خردل", "نوفيتشوك",
    };

    /// <summary>How many words after an attack its chemical weapon may stand ("هجوم مزعوم بالأسلحة الكيميائية").</summary>
    private const int ChemicalReach = 4;

    /// <summary>
    /// Whether the force word ending at token <paramref name="last"/> is told with a chemical weapon in the words right after
    /// it, before any word that names what it hit (على، ضد), a clause word or punctuation other than a quotation mark or the
    /// underscore of a hashtag ("#هجوم_كيمياوي").
    /// </summary>
    private bool IsChemicalAttack(string cameo, int last, int end)
    {
        if (!IsForce(cameo))
        {
            return false;
        }

        for (var j = last + 1; j < end && j <= last + ChemicalReach; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if ((token.Kind == TokenKind.Punctuation && !EventModality.IsQuotationMark(token) && !NameJoiners.IsJoiner(_doc.Text, _tokens, j)) || ClauseStops.Contains(key) || key is "علي" or "ضد")
            {
                return false;
            }

            if (ChemicalWeaponWords.Contains(WithoutArticle(token)))
            {
                return true;
            }
        }

        return false;
    }
}
