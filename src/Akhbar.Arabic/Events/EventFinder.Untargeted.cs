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

    /// <summary>
    /// The code of a rejection, threat or warning verb with its own subject named at it and no addressee, or null when the
    /// verb names neither what it rejects or threatens nor the danger it warns of. Rejections take a noun after the subject,
    /// definite or not ("رفض الوزير الاتهامات"، "رفض عباس أي حل"، "رفض أردوغان، الاثنين، دعوة"), 120; declining to comment
    /// ("رفضت الوزارة التعليق") is a statement, 010, that <see cref="DeclinesComment"/> marks negated; a threat takes the
    /// threatened step after ب, 130; a warning of a danger ("حذرت اليابان من أن"، "وحذرت الجامعة من استمرار") names no
    /// actor it threatens and is a pessimistic comment, 012.
    /// </summary>
    private string? StatedWithoutAddressee(int k, int objectFrom, int end, EventLexeme lexeme, string root, ActorMention? subject)
    {
        if (lexeme.Kind != EventWordKind.Verb || subject is null || _tokens[k].Has(SegmentRole.Pronoun)
            || !(root == "12" || (root == "13" && lexeme.Lemma is "هدد" or "توعد" or "حذر")))
        {
            return null;
        }

        // "رفض الرئيس التركي رجب طيب أردوغان، الاثنين، دعوة": a day set off by commas after the subject stands where an
        // adverb would.
        while (objectFrom < end && (_inTime[objectFrom] || _tokens[objectFrom].Key is "،" or ","))
        {
            objectFrom++;
        }

        if (objectFrom >= end)
        {
            return null;
        }

        var next = _tokens[objectFrom];
        if (next.Kind != TokenKind.Word || _actors.StartingAt(objectFrom) is not null)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(next.Key);
        if (root == "12")
        {
            if (next.Has(SegmentRole.Preposition) || next.Has(SegmentRole.Conjunction) || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key)
                || key is "ان" or "انه" or "انها" or "بان")
            {
                return null;
            }

            // "ورفضت الصين فرض عقوبات"، "رفضت الحكومة إجراء مفاوضات": an act refused right there, named by an indefinite
            // verbal noun, is coded as the refusal of that act, with its target (EventFinder.Refusals).
            for (var j = objectFrom; j < end && j <= objectFrom + 2 && !key.StartsWith("ال", StringComparison.Ordinal); j++)
            {
                if (_lexicon.Find(_tokens[j], _doc.Text) is not null)
                {
                    return null;
                }
            }

            var noun = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
            return DeclinedSpeech.Contains(noun) ? "010" : lexeme.Cameo;
        }

        if (lexeme.Lemma == "حذر")
        {
            return key == "من" ? "012" : null;
        }

        return key.Length > 3 && key[0] == 'ب' && next.Has(SegmentRole.Preposition) ? lexeme.Cameo : null;
    }

    /// <summary>"رفضت الوزارة التعليق على التقرير": a refusal to comment, which the gold keeps as a negated statement.</summary>
    private static bool DeclinesComment(string? statedCode, string root) => root == "12" && statedCode == "010";
}
