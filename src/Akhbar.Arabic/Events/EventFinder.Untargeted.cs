using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Rejections and threats an actor states without naming an addressee: "رفض وزير الخارجية الاتهامات الأمريكية" rejects
/// accusations whose author the nisba names (no entity), "وهدد الرئيس بفرض رسوم جمركية" threatens a step. The gold codes
/// them (120, 130) with a null target, while a dictionary word or a threat verb is otherwise coded only with a second actor.
/// Only verbs without an object pronoun ("رفضه" is also "his rejection"), with their subject named at them, and with the
/// rejected thing (a definite noun) or the threatened step (ب with a noun) right after the subject.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Verbal nouns of speaking after رفض (folded, without the article): "رفض التعليق"، "رفض الإجابة" declines to comment, which
    /// the gold keeps as a negated statement, not a rejection.
    /// </summary>
    private static readonly HashSet<string> DeclinedSpeech = new(StringComparer.Ordinal)
    {
        "تعليق", "اجابه", "رد", "تحدث", "حديث", "كشف", "افصاح", "ادلاء", "توضيح", "افاده",
    };

    /// <summary>Whether a rejection or threat verb with its own subject names what it rejects or threatens right after it.</summary>
    private bool StatedWithoutAddressee(int k, int objectFrom, int end, EventLexeme lexeme, string root, ActorMention? subject)
    {
        if (lexeme.Kind != EventWordKind.Verb || subject is null || _tokens[k].Has(SegmentRole.Pronoun) || objectFrom >= end
            || !(root == "12" || (root == "13" && lexeme.Lemma is "هدد" or "توعد")))
        {
            return false;
        }

        var next = _tokens[objectFrom];
        if (next.Kind != TokenKind.Word || _actors.StartingAt(objectFrom) is not null || _inTime[objectFrom])
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(next.Key);
        return root == "12"
            ? key.StartsWith("ال", StringComparison.Ordinal) && !next.Has(SegmentRole.Preposition) && !ClauseStops.Contains(key) && !DeclinedSpeech.Contains(key[2..])
            : key.Length > 3 && key[0] == 'ب' && next.Has(SegmentRole.Preposition);
    }
}
