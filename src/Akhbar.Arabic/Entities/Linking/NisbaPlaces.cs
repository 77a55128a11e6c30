using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A place mention of one word that is a nisba and no place's name ("السورية" in "الحكومة السورية والروسية", "الغارات الجوية
/// السورية"): the tagger reads the adjective as the country, but an adjective of origin names no place (the gold folders never
/// mark it: "a nisba adjective alone does not mark the country"), and left as a mention it joins the country's entity and
/// keeps the institution phrase it belongs to from being read (<see cref="InstitutionFinder"/>). Only after a definite word,
/// with which an adjective agrees: after a noun in the construct state or a preposition the same word is the country's name
/// with its article ("رئاسة الباراغواي", "في الباراغواي"; nisba.tsv lists الباراغواي, whose nisba is written like the name), and
/// so it is with a preposition glued to it ("صناعة التبغ بالباراغواي"). A
/// nisba that is also a country's or a place's name ("السعودية", "سورية") stays.
/// </summary>
public static class NisbaPlaces
{
    public static IReadOnlyList<EntityMention> Without(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        List<EntityMention>? kept = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var adjective = m.Type == EntityType.Location && m.FirstToken == m.LastToken && AfterDefiniteWord(text, tokens, m.FirstToken)
                && !AfterPreposition(tokens[m.FirstToken], m.Span.Start)
                && TokenWords.Key(text, tokens[m.FirstToken], Math.Max(m.Span.Start, tokens[m.FirstToken].Span.Start)) is var key
                && resources.NisbaByKey.ContainsKey(key) && !resources.IsListedPlace(key);
            if (adjective && kept is null)
            {
                kept = [.. mentions.Take(i)];
            }
            else if (!adjective)
            {
                kept?.Add(m);
            }
        }

        return kept ?? mentions;
    }

    private static bool AfterPreposition(Token token, int start)
    {
        foreach (var segment in token.Segments)
        {
            if (segment.Span.Start < start && segment.Role == SegmentRole.Preposition)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterDefiniteWord(string text, IReadOnlyList<Token> tokens, int t) =>
        t > 0 && tokens[t - 1].Kind == TokenKind.Word && TokenWords.KeySpan(text, tokens[t - 1], TokenWords.WordStart(tokens[t - 1])).StartsWith("ال", StringComparison.Ordinal);
}
