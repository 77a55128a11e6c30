using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "واحتشد المحتجون أمام مركز للشرطة للمطالبة بالإفراج عن ..."، "تظاهر الآلاف للمطالبة بحق العودة": the verbal noun of طالب
/// after ل gives the purpose of the act before it, and that purpose is a demand (10) by whoever acted, which the gold counts
/// as an event of its own. Elsewhere the same letters are mostly no act: the passive participle "مطالبة ب" (required to: "إدارة
/// النادي مطالبة بإعادة")، the adjective "المطالبة" of a noun ("الأصوات المطالبة بإقالته"، "المسيرات المطالبة بحق العودة"), and
/// the demand noun in the construct state, whose genitive may be the one asking or the one asked ("مطالبة جمعيات حقوقية",
/// "مطالبة السلطات بالتدخل"), so only the purpose form is coded.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas (folded) of demand nouns coded only as the purpose of an act, after ل.</summary>
    private static readonly HashSet<string> DemandPurposeLemmas = new(StringComparer.Ordinal) { "مطالبه" };

    /// <summary>Whether the lexeme is a demand noun coded only as a purpose, which needs no addressee.</summary>
    private static bool IsDemandPurpose(EventLexeme lexeme) => DemandPurposeLemmas.Contains(lexeme.Lemma);

    /// <summary>
    /// Whether token k is a demand noun that is coded only as a purpose and is not one here (no ل before it). A demand inside
    /// reported words is left to the words' speaker: the statement that reports it is the event.
    /// </summary>
    private bool IsDemandOutsidePurpose(int k, EventLexeme lexeme) =>
        IsDemandPurpose(lexeme) && (!IsPurposeNoun(_tokens[k].Span) || (_doc.HasQuotes && _doc.Quotes.Any(q => q.Content.Contains(_tokens[k].Span))));

    /// <summary>
    /// The one who demands in a purpose noun ("للمطالبة"): the actor of the act it is the purpose of, the latest event of its
    /// sentence before it; none when that act names nobody ("منذ بدء تظاهرات في القطاع للمطالبة" is no demand by the army
    /// named earlier in the sentence) or when no event stands before it (the subject of the clause is then often a place
    /// or a body the gathering stood at: "تجمع العمال أمام مقر الوزارة للمطالبة").
    /// </summary>
    private EventArgument? DemandPurposeSubject(int k)
    {
        var sentence = _sentenceOf[k];
        return _events.FindLast(e => e.Sentence == sentence && e.Trigger.End <= _tokens[k].Span.Start)?.Source;
    }
}
