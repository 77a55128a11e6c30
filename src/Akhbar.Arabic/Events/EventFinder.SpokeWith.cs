using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تحدث مع" (spoke with) is a consultation (040) of its subject with a named actor: "وتحدث ترامب مع رئيس الوزراء الياباني"،
/// "تحدثت مع الرئيس الفرنسي إيمانويل ماكرون هذا الصباح" (the gold codes May's three such talks in gold/events-test6). The
/// verb is also the quote stage's topic cue ("تحدث عن") and speaks with family, staff and the press as often ("تحدث مع
/// زوجته"، "مع الطاقم الطبي"، "إلى الصحفيين"), so it is coded only with an actor the linker named after مع (a target),
/// and only when مع comes before any عن: in "تحدث عن علاقته مع دونالد ترامب" the مع belongs to the topic.
/// </summary>
internal sealed partial class EventFinder
{
    private static readonly string SpokeLemma = ArabicFolding.Fold("تحدث");

    /// <summary>Whether the trigger at <paramref name="k"/> is تحدث without a named partner right after its مع.</summary>
    private bool SpokeWithNoPartner(int k, EventLexeme lexeme, int namedTargets)
    {
        if (lexeme.Lemma != SpokeLemma)
        {
            return false;
        }

        if (namedTargets == 0)
        {
            return true;
        }

        var end = _sentenceEnd[_sentenceOf[k]];
        for (var j = k + 1; j < end; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == "مع")
            {
                return false;
            }

            if (key == "عن" || ClauseStops.Contains(key))
            {
                return true;
            }
        }

        return true;
    }
}
