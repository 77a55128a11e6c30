using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Widens a place mention to the name as written when the word before it heads the name: an administrative unit
/// or a feature (<see cref="PlaceHead"/>: "محافظة البيضاء", "مطار أبها", "جسر لندن"), or any word with which it
/// makes a listed region or place ("قطاع غزة"); and to the word after it when the two make one ("الغوطة الشرقية"). ANERcorp, and so the tagger, leaves such nouns out, and the bare
/// name then reads as the city: the bridge becomes London. A person's name after a noun that takes one
/// ("مطار شارل ديغول") is the place's name, so the widened mention is a place.
/// </summary>
public static class PlaceNameBounds
{
    public static List<EntityMention> Widen(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        var list = mentions.ToArray();
        var widened = new List<int>();
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];
            var after = m.LastToken + 1;
            if (m.Type == EntityType.Location && after < tokens.Count && tokens[after].Kind == TokenKind.Word && !IsInOtherMention(list, n, after)
                && IsListedPlace(LinkingResources.Key(MentionText.Of(text, m)) + " " + tokens[after].Key, resources))
            {
                // "الغوطة الشرقية": the listed name goes on past the tagger's mention.
                m = list[n] = m with { Span = new TextSpan(m.Span.Start, tokens[after].Span.End), LastToken = after };
                widened.Add(n);
            }

            var before = m.FirstToken - 1;
            if (m.Type is not (EntityType.Location or EntityType.Person) || before < 0 || tokens[before].Kind != TokenKind.Word
                || m.Span.Start != tokens[m.FirstToken].Span.Start || IsInOtherMention(list, n, before))
            {
                continue;
            }

            var wordStart = TokenWords.WordStart(tokens[before]);
            var head = TokenWords.Key(text, tokens[before], wordStart);
            var isHead = resources.PlaceHeads.TryGetValue(head, out var placeHead) && (m.Type == EntityType.Location || placeHead.TakesPerson);
            if (!isHead && (m.Type != EntityType.Location || !IsListedPlace(head + " " + LinkingResources.Key(MentionText.Of(text, m)), resources)))
            {
                continue;
            }

            list[n] = m with { Type = EntityType.Location, Span = new TextSpan(wordStart, m.Span.End), FirstToken = before, ArticleElided = false };
            if (widened.Count == 0 || widened[^1] != n)
            {
                widened.Add(n);
            }
        }

        return WidenedMentions.WithoutCovered(list, widened);
    }

    /// <summary>Whether the word at <paramref name="token"/> is already part of another mention than the one at <paramref name="n"/> (a head noun tagged alone is not).</summary>
    private static bool IsInOtherMention(EntityMention[] list, int n, int token)
    {
        for (var k = 0; k < list.Length; k++)
        {
            if (k != n && list[k].FirstToken <= token && token <= list[k].LastToken && list[k].FirstToken != list[k].LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListedPlace(string key, LinkingResources resources) =>
        resources.Regions.ContainsKey(key) || resources.PlacesByKey.ContainsKey(key) || resources.CountriesByKey.ContainsKey(key);
}
