using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Rejections and threats an actor states without naming an addressee: "رفض وزير الخارجية الاتهامات الأمريكية" rejects
/// accusations whose author the nisba names (no entity), "وهدد الرئيس بفرض رسوم جمركية" threatens a step. The gold codes
/// them (120, 130) with a null target, while a dictionary word or a threat verb is otherwise coded only with a second actor.
/// Only verbs without an object pronoun ("رفضه" is also "his rejection"), with their subject named at them (for a threat, any
/// source the rules found), and with the rejected thing (a definite noun) or the threatened step (ب with a noun) right after
/// the subject and any adverb.
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

    /// <summary>Words written with ب that give a cause or a reference, not a threatened step (folded).</summary>
    private static readonly HashSet<string> CausePrepositions = new(StringComparer.Ordinal)
    {
        "بسبب", "بحسب", "بفعل", "بموجب", "بشان", "بخصوص", "بدون", "بدعوي", "بحجه", "بذريعه",
    };

    /// <summary>
    /// The code of a rejection, threat or warning verb with its own subject named at it and no addressee, or null when the
    /// verb names neither what it rejects or threatens nor the danger it warns of. Rejections take a noun after the subject,
    /// definite or not ("رفض الوزير الاتهامات"، "رفض عباس أي حل"، "رفض أردوغان، الاثنين، دعوة"), 120; declining to comment
    /// ("رفضت الوزارة التعليق") is a statement, 010, that <see cref="DeclinesComment"/> marks negated; a threat takes the
    /// threatened step after ب, 130; a warning of a danger ("حذرت اليابان من أن"، "وحذرت الجامعة من استمرار") names no
    /// actor it threatens and is a pessimistic comment, 012.
    /// </summary>
    private string? StatedWithoutAddressee(int k, int objectFrom, int end, EventLexeme lexeme, string root, ActorMention? subject, EventArgument? source)
    {
        // A threat's author may be one the source rules found without a named subject at the verb: a participle's subject
        // ("وزادت إدارة الرئيس ترامب حدة نزاعها، مهددة بفرض رسوم") or the subject a verb joined by و shares ("وتوعدت بفرض
        // مزيد من العقوبات"); its step after ب is enough to make it a threat.
        // Not after كما or ثم, where the source is carried from the event before, often a relayer's statement ("وكانت دعوى
        // قالت إن ... ، كما هدد بقتل"), nor after أنه/أنها, whose pronoun is a thing that endangers ("معتبرا أنه يهدد
        // بتعقيد الحل").
        // The present of هدد without a named subject is mostly "endangers", its subject a noun ("تعنت الميليشيات يهدد بتقسيم
        // اليمن"، "مما يهدد بكسر ساقه").
        var threatBySource = root == "13" && lexeme.Lemma != "حذر" && source is not null
            && !(lexeme.Lemma == "هدد" && ArticleActors.WithoutConjunctionSpan(_tokens[k].Key)[0] is 'ي' or 'ت')
            && !(k > 0 && ArticleActors.WithoutConjunctionSpan(_tokens[k - 1].Key) is "كما" or "ثم" or "انه" or "انها" or "ان" or "بانه" or "بانها" or "لانه" or "لانها" or "مما");
        if (lexeme.Kind != EventWordKind.Verb || (subject is null && !threatBySource) || _tokens[k].Has(SegmentRole.Pronoun)
            || !(root == "12" || (root == "13" && lexeme.Lemma is "هدد" or "توعد" or "حذر")))
        {
            return null;
        }

        // "رفض الرئيس التركي رجب طيب أردوغان، الاثنين، دعوة"، "هدد في السابق بالتوغل"، "وهددت أيضا بإلغاء": a day set off by
        // commas or an adverb after the subject stands before what is rejected or threatened.
        objectFrom = AfterAdverbials(objectFrom, end);

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
                // A word that is an act only with the word it needs after it is none without ("رفضت نشر نسخة": publishing).
                if (_readings.Lexeme(j) is { } act && (act.Next.Count == 0 || WordThatCompletes(j, end, act) >= 0))
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

        // "هددت روسيا بشن ضربات": the threatened step is a noun after ب, however short ("بشن")، not a pronoun ("بها": ب is
        // then the stem, not a clitic) nor a compound preposition of cause ("بسبب").
        return key.Length >= 3 && key[0] == 'ب' && next.Has(SegmentRole.Preposition) && !CausePrepositions.Contains(key)
            ? lexeme.Cameo : null;
    }

    /// <summary>"رفضت الوزارة التعليق على التقرير": a refusal to comment, which the gold keeps as a negated statement.</summary>
    private static bool DeclinesComment(string? statedCode, string root) => root == "12" && statedCode == "010";
}
