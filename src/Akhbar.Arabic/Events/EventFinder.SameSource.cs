using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وأضاف ذات المصدر أن"، "وأوضح المصدر نفسه": Tunisian and other Maghrebi news name a speaker again as "the same source"
/// (72 of 1,497 Jawhara FM articles of a sample, 4 of 1,500 of ant-multisource). The quote keeps those words as its
/// speaker, as written; the statement event is the act of whoever the source was, the speaker of the latest quote before
/// it that names one.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The words that make المصدر "the same source" (folded): ذات/نفس before it, ذاته/نفسه after it.</summary>
    private static readonly HashSet<string> SameBefore = new(StringComparer.Ordinal) { "ذات", "نفس" };

    private static readonly HashSet<string> SameAfter = new(StringComparer.Ordinal) { "ذاته", "نفسه" };

    private const string SourceNoun = "المصدر";

    /// <summary>Whether the words of <paramref name="span"/> are "ذات المصدر", "نفس المصدر", "المصدر ذاته" or "المصدر نفسه".</summary>
    private bool IsSameSourcePhrase(TextSpan span)
    {
        int first = ArticleActors.TokenAt(_tokens, span.Start), last = ArticleActors.TokenAt(_tokens, span.End - 1);
        if (first < 0 || last != first + 1)
        {
            return false;
        }

        string a = ArticleActors.WithoutConjunction(_tokens[first].Key), b = _tokens[last].Key;
        return (SameBefore.Contains(a) && b == SourceNoun) || (a == SourceNoun && SameAfter.Contains(b));
    }

    /// <summary>
    /// The source a "same source" speaker stands for: the speaker of the latest earlier quote that is not itself a "same
    /// source", with the name after its role phrase when it has one ("عبد القادر فرحات رئيس الإدارة الفرعية"); null when
    /// <paramref name="quote"/>'s speaker is no such phrase or no earlier quote names a speaker.
    /// </summary>
    private EventArgument? SameSourceReferent(Quote quote)
    {
        if (quote.Speaker is not { } said || !IsSameSourcePhrase(said))
        {
            return null;
        }

        Quote? latest = null;
        foreach (var q in _doc.Quotes)
        {
            if (q.Cue.Start < quote.Cue.Start && q.Speaker is { } s && q.SpeakerKind != SpeakerKind.None && !IsSameSourcePhrase(s)
                && (latest is null || q.Cue.Start > latest.Cue.Start))
            {
                latest = q;
            }
        }

        if (latest is not { Speaker: { } speaker })
        {
            return null;
        }

        return QuoteSpeakers.EntityId(_doc, latest) is { } id ? new EventArgument(speaker, id)
            : NamedInApposition(speaker) is { } named ? named.Argument : new EventArgument(speaker, null);
    }
}
