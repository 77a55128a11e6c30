using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "واعتصم أنصار التيار أمام المبنى. ونظموا اعتصاما مفتوحا": a protest noun right after a plural verb with no subject of its
/// own (its subject is the verb's ending) is protested by the protesters of the protest told just before, in this or the
/// previous sentence.
/// </summary>
internal sealed partial class EventFinder
{
    private void ProtestCarriedActors()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var protest = _events[i];
            if (protest.Basis != EventBasis.Trigger || Root(protest.Cameo) != "14" || protest.Source is not null
                || ArticleActors.TokenAt(_tokens, protest.Trigger.Start) is not (> 0 and var k) || !PluralVerbBefore(k))
            {
                continue;
            }

            if (_events.FindLast(e => e.Basis == EventBasis.Trigger && Root(e.Cameo) == "14" && e.Source is not null
                && e.Sentence >= protest.Sentence - 1 && e.Sentence <= protest.Sentence && e.Trigger.End <= protest.Trigger.Start) is { Source: { } protesters })
            {
                _events[i] = protest with { Source = protesters };
            }
        }
    }

    /// <summary>
    /// Whether a verb in the plural with no subject after it stands right before token k, or one word before it: "ونظموا
    /// اعتصاما"، "وخرجوا في مسيرة".
    /// </summary>
    private bool PluralVerbBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2 && _sentenceOf[j] == _sentenceOf[k]; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (_tokens[j].Kind == TokenKind.Word && key.Length > 3 && key.EndsWith("وا", StringComparison.Ordinal) && !key.StartsWith("ال", StringComparison.Ordinal)
                && !_tokens[j].Has(SegmentRole.Preposition))
            {
                return true;
            }

            // Only في may stand between the verb and the noun ("وخرجوا في مسيرة").
            if (j < k - 1 || key != "في")
            {
                return false;
            }
        }

        return false;
    }
}
