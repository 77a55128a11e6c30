using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Nouns of coercion that code an event only with the word that completes them ("إيقاف شخص" is an arrest where "إيقاف"
/// alone is stopping; "حجز سيارة" is a seizure where "حجز" alone is booking; events/lexicon-curation.tsv, column next):
/// that word, with the count before it and the adjectives after it, is who was arrested or what was seized. The completing
/// word ends the trigger, so the target search that starts after the trigger would otherwise never see it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The completed object of coercion noun <paramref name="k"/> whose phrase ends at <paramref name="last"/> ("6 أشخاص",
    /// "دراجتين ناريتين"), or null when the noun needs no completing word or stands alone.
    /// </summary>
    private EventArgument? CompletedObject(int k, int last, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || lexeme.Next.Count == 0 || Root(lexeme.Cameo) != "17" || last <= k)
        {
            return null;
        }

        var group = GroupArgument(last, end);
        return new EventArgument(new TextSpan(_tokens[k + 1].Span.Start, Math.Max(group.Span.End, _tokens[last].Span.End)), null);
    }
}
