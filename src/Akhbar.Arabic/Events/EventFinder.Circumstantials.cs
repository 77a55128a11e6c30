using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Participles that report a second act of the sentence's subject ("وقال الوزير إن ...، داعيا الحكومة إلى"، "وانتقد الرئيس
/// ...، محذرا واشنطن من"، "وخرج آلاف في مظاهرة، مطالبين الحكومة بالاستقالة"): an active participle in the accusative after a
/// comma has no subject of its own. Its subject is the actor of the sentence's first event, else the subject of the clause
/// before it; the name right after it is its object, never its subject, and no speaker is carried over from elsewhere.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// An active participle in the accusative after a comma ("، متوعدا"، "، مطالبة"، "، مطالبين"، "، داعيا"، "، رافضا"): a word
    /// in م that is not the lemma itself, or a form I participle (فاعل: the lemma's first letter, then ا), ending in the
    /// tanween alef, ة or ين.
    /// </summary>
    private bool IsCircumstantialParticiple(int k, int start, EventLexeme lexeme)
    {
        if (k - 1 < start || _tokens[k - 1].Key is not ("،" or ","))
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        var derived = key.Length >= 4 && key[0] == 'م' && !key.StartsWith(lexeme.Lemma, StringComparison.Ordinal);
        var formOne = key.Length >= 5 && lexeme.Lemma.Length == 3 && key[0] == lexeme.Lemma[0] && key[1] == 'ا';
        return (derived || formOne) && (key[^1] is 'ا' or 'ه' || key.EndsWith("ين", StringComparison.Ordinal));
    }

    /// <summary>
    /// Who does what a circumstantial participle reports: the actor of the first event of its sentence before it ("وأكد
    /// التحالف أن ...، متوعدا")، else the subject of the clause before it ("وصل الوزير إلى أنقرة، داعيا").
    /// </summary>
    private EventArgument? CircumstantialSubject(int k, int sentence) =>
        _events.Find(e => e.Sentence == sentence && e.Source is not null && e.Trigger.End <= _tokens[k].Span.Start)?.Source
        ?? ClauseSubjectBefore(k);
}
