using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Gives back the first letter of a name that the mention bounds took for a clitic: a mention that starts inside its
/// first token ("يونغ يانغ" in بيونغ يانغ، "رانس برس" in فرانس برس) starts at the token when the name as written is one
/// the tables know (a country, place, actor, listed person or organization) and the name without the letter is not.
/// The bounds of the tagger stage only know the tagger's own gazetteer, and cut a letter off whenever the rest of the
/// word is attested, as يونغ is in "كيم يونغ أون". Likewise the last letters of a name taken for a pronoun ("أبها").
/// </summary>
public static class ClippedNameBounds
{
    public static IReadOnlyList<EntityMention> Restore(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        List<EntityMention>? restored = null;
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            var tokenStart = tokens[m.FirstToken].Span.Start;
            if (m.Span.Start > tokenStart
                && IsKnown(LinkingResources.Key(text[tokenStart..m.Span.End]), resources)
                && !IsKnown(LinkingResources.Key(MentionText.Of(text, m)), resources))
            {
                restored ??= [.. mentions];
                restored[n] = m = m with { Span = new TextSpan(tokenStart, m.Span.End) };
            }

            // A name takes no possessive pronoun: a mention cut before what looked like one ("أب" of أبها) ends at its
            // token when the whole word is a name the tables know, even when the rest is one too (Ibb).
            var tokenEnd = tokens[m.LastToken].Span.End;
            if (m.Span.End < tokenEnd && IsKnown(LinkingResources.Key(MentionText.Of(text, m with { Span = new TextSpan(m.Span.Start, tokenEnd) })), resources))
            {
                restored ??= [.. mentions];
                restored[n] = m with { Span = new TextSpan(m.Span.Start, tokenEnd) };
            }
        }

        return restored ?? mentions;
    }

    private static bool IsKnown(string key, LinkingResources resources) =>
        resources.CountriesByKey.ContainsKey(key) || resources.PlacesByKey.ContainsKey(key) || resources.ActorsByKey.ContainsKey(key)
        || resources.KnownPeople.ByKey.ContainsKey(key) || resources.KnownOrganizations.ByKey.ContainsKey(key);
}
