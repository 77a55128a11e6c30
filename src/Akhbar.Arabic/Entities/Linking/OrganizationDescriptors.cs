using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A noun that describes a listed group without being part of its name, and that the group would never call itself by:
/// "ميليشيات الحوثي" is the Houthis (gold/dev marks الحوثي alone), as a company is named without "شركة". The mention then
/// starts at the name, when what follows the noun is itself a listed organization name. A noun the group names itself by
/// stays ("حركة حماس", "حركة طالبان"), and so does تنظيم, on which the gold sets disagree (gold/dev marks داعش alone in
/// "تنظيم داعش", gold/events-test and events-test2 keep تنظيم): taking it out gained three dev entities and lost two of the
/// later sets.
/// </summary>
public static class OrganizationDescriptors
{
    /// <summary>Folded descriptor nouns.</summary>
    private static readonly string[] Nouns = ["ميليشيا", "ميليشيات", "مليشيا", "مليشيات"];

    /// <summary>The span and key of the name after a leading descriptor noun, when that name is listed; else null.</summary>
    public static (TextSpan Span, string Key)? NameAfter(string text, TextSpan span, LinkingResources resources)
    {
        var written = text.AsSpan(span.Start, span.Length);
        var cut = written.IndexOfAny(' ', '_');
        if (cut <= 0 || !IsNoun(LinkingResources.Key(written[..cut].ToString())))
        {
            return null;
        }

        var start = cut + 1;
        while (start < written.Length && written[start] is ' ' or '_')
        {
            start++;
        }

        var key = LinkingResources.Key(written[start..].ToString());
        return key.Length > 0 && resources.KnownOrganizations.ByKey.ContainsKey(key) ? (new TextSpan(span.Start + start, span.End), key) : null;
    }

    /// <summary>The organization mentions with their leading descriptor noun left out.</summary>
    public static IReadOnlyList<EntityMention> Trim(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        List<EntityMention>? trimmed = null;
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Type != EntityType.Organization || m.FirstToken == m.LastToken || NameAfter(text, m.Span, resources) is not { } name)
            {
                continue;
            }

            var first = m.FirstToken;
            while (first < m.LastToken && tokens[first].Span.End <= name.Span.Start)
            {
                first++;
            }

            trimmed ??= [.. mentions];
            trimmed[n] = m with { Span = name.Span, FirstToken = first, ArticleElided = false };
        }

        return trimmed ?? mentions;
    }

    private static bool IsNoun(string key)
    {
        foreach (var noun in Nouns)
        {
            if (key == noun)
            {
                return true;
            }
        }

        return false;
    }
}
