namespace Akhbar.Arabic.Events;

/// <summary>Whether an event word is a finite verb ("هاجم") or a noun naming the event ("هجوم", "لقاء").</summary>
public enum EventWordKind
{
    Verb,
    Noun,
}

/// <summary>
/// One entry of the event lexicon (events/event-lexicon.tsv): the folded <see cref="Lemma"/>, its CAMEO code, the
/// preposition that introduces its target ("مع" for التقى مع, "علي" for هجوم على; folded) and whether the word is an
/// event only with that preposition ("عمل مع" is cooperation, "عمل" alone is not). <see cref="Next"/>, when set, lists
/// the folded words one of which must follow ("عمليات عسكرية"). <see cref="Curated"/> entries were written or checked
/// by hand; the others come from the UniversalPetrarch dictionary as imported.
/// </summary>
public sealed record EventLexeme(
    string Lemma,
    EventWordKind Kind,
    string Cameo,
    string? Preposition,
    bool NeedsPreposition,
    IReadOnlyList<string> Next,
    bool Curated);
