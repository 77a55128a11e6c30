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
                return !PartnerAfter(j, end, targets);
            }

            if (key == "عن" || ClauseStops.Contains(key))
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a target starts right after the مع at <paramref name="with"/> or after the title phrase that leads to its
    /// name ("مع الرئيس ترمب"، "مع رئيس الوزراء الياباني شينزو آبي"), as the target reader takes it; a target further on
    /// is another word's ("مع الصحفيين عن العلاقات مع الصين").
    /// </summary>
    private bool PartnerAfter(int with, int end, List<ActorMention> targets)
    {
        for (var i = with + 1; i < end && i <= with + 4; i++)
        {
            if (targets.Exists(t => t.First == i))
            {
                return true;
            }

            if (!IsTitlePhraseWord(i, ArticleActors.WithoutConjunction(_tokens[i].Key)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token j, whose key without its conjunction is <paramref name="key"/>, may stand in the title phrase between a
    /// preposition and the name it leads to: a word with the article, a title, or نظير ("مع نظيره المصري سامح شكري").
    /// </summary>
    private bool IsTitlePhraseWord(int j, string key) =>
        key.StartsWith("ال", StringComparison.Ordinal) || IsTitle(_tokens[j]) || key.StartsWith("نظير", StringComparison.Ordinal);
}
