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
    private bool SpokeWithNoPartner(int k, EventLexeme lexeme, List<ActorMention> targets)
    {
        if (lexeme.Lemma != SpokeLemma)
        {
            return false;
        }

        if (targets.Count == 0)
        {
            return true;
        }

        var end = _sentenceEnd[_sentenceOf[k]];
        for (var j = k + 1; j < end; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key == "مع")
            {
                // The partner is a target right after this مع or after a title phrase that leads to its name ("مع رئيس الوزراء
                // الياباني شينزو آبي"); a target further on is another word's ("مع الصحفيين عن العلاقات مع الصين").
                var partner = j + 1 < end && _actors.NameAfterRole(j + 1) is var name and > 0 ? name : j + 1;
                return !targets.Exists(t => t.First == j + 1 || t.First == partner);
            }

            if (key == "عن" || ClauseStops.Contains(key))
            {
                return true;
            }
        }

        return true;
    }
}
