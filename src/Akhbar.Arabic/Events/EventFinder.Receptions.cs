using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A reception named by the verbal noun استقبال with its pronoun, the diplomatic formulas of news text for a host
/// receiving a guest (043, as the verb استقبل): "وأكد الملك لدى استقباله وزير الخارجية" (the subject of the clause hosts the
/// one named after the noun) and "وصل ولي العهد إلى باريس وكان في استقباله وزير الخارجية" (the one named after the noun
/// hosts the subject of the clause before). The noun alone is no event: it also receives migrants, calls and requests
/// ("تستمر أوروبا في استقبال المهاجرين"), so only these two frames with the pronoun are read.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>استقبال with the pronoun of its subject (folded): "استقباله"، "استقبالها"، "استقبالهم".</summary>
    private static readonly HashSet<string> ReceptionNouns = new(StringComparer.Ordinal) { "استقباله", "استقبالها", "استقبالهم", "استقبالهما" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReceptionNounSpans = ReceptionNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of time before the noun of a host's reception: "لدى استقباله"، "خلال استقباله"، "أثناء استقباله".</summary>
    private static readonly HashSet<string> ReceptionTimes = new(StringComparer.Ordinal) { "لدي", "خلال", "اثناء", "عند" };

    /// <summary>Codes a reception at token k when it is one of the two frames; returns whether it was.</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool ReceptionEvent(int k)
    {
        // Every token comes here: looked up by span, so that the nearly all that fail make no string, and only after a test
        // of what every noun of ReceptionNouns has (استقبال and a pronoun: eight letters or more, ق the fourth), which
        // turns nearly every token away before the hash.
        var word = ArticleActors.WithoutConjunctionSpan(_tokens[k].Key);
        if (word.Length < 8 || word[3] != 'ق' || !ReceptionNounSpans.Contains(word))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        if (k - 1 < start)
        {
            return false;
        }

        var before = ArticleActors.WithoutConjunction(_tokens[k - 1].Key);
        EventArgument? host, guest;
        if (ReceptionTimes.Contains(before))
        {
            // "وأكد الملك، لدى استقباله في قصر الصخير، الثلاثاء، وفد مؤسسة": the guest is the first actor after the noun.
            host = CircumstantialSubject(k, sentence);
            guest = NextActor(k + 1, end)?.Argument;
        }
        else if (before == "في" && k - 2 >= start && ArticleActors.WithoutConjunctionSpan(_tokens[k - 2].Key) is "كان" or "كانت")
        {
            // "وكان في استقباله وزير الخارجية": the host is named after the noun, the guest is whom the pronoun stands for.
            host = NextActor(k + 1, end)?.Argument;
            guest = VisitorBefore(k - 2);
        }
        else
        {
            return false;
        }

        if (host is null || guest is null || SameActor(host, guest))
        {
            return false;
        }

        var negated = EventModality.IsNegated(_tokens, k, start, EventWordKind.Noun);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, EventWordKind.Noun);
        Add(_tokens[k].Span, k, sentence, "043", host, [], negated, hypothetical, EventBasis.Trigger, guest);
        return true;
    }
}
