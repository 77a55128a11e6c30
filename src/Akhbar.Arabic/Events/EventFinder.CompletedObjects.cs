using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Nouns of coercion that code an event only with the word that completes them ("إيقاف شخص" is an arrest where "إيقاف"
/// alone is stopping; "حجز سيارة" is a seizure where "حجز" alone is booking; events/lexicon-curation.tsv, column next):
/// that word, with the count before it and the adjectives after it, is who was arrested or what was seized, and the noun
/// alone is the trigger (where "عمليات عسكرية" keeps its completing adjective in the trigger).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether noun k of coercion (17x) was completed by a word after it, its object.</summary>
    private static bool CoercedObjectNoun(int k, int completing, EventLexeme lexeme) =>
        lexeme.Kind == EventWordKind.Noun && Root(lexeme.Cameo) == "17" && completing > k;

    /// <summary>
    /// The completed object of the coercion noun at <paramref name="k"/> ("6 أشخاص", "دراجتين ناريتين", "كمية كبيرة"), from
    /// the word after the noun to the end of the object's phrase; null when the noun needed no completing word.
    /// <paramref name="coercedObject"/> is the token of the word that completed it, or -1 (<see cref="CoercedObjectNoun"/>).
    /// </summary>
    private EventArgument? CompletedObject(int k, int end, int coercedObject)
    {
        if (coercedObject <= k || coercedObject >= end)
        {
            return null;
        }

        var group = GroupArgument(coercedObject, end);
        return new EventArgument(new TextSpan(_tokens[k + 1].Span.Start, Math.Max(group.Span.End, _tokens[coercedObject].Span.End)), null);
    }
}
