using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Takes the conjunction و off a place whose whole word is also a place elsewhere: "الرياض، وجدة، والدمام" is Riyadh, Jeddah
/// and Dammam, not Oujda in Morocco, although GeoNames gives "وجدة" as Oujda's Arabic name and the mention bounds keep a word
/// the gazetteer knows whole. The article decides: the mention starts after و when the rest of the word is a place in a
/// country the article's other places or countries name and no reading of the whole word is. In the Saudi press the
/// Moroccan reading of "وجدة" was taken for Jeddah 15 times in one day of SaudiNewsNet, always with Saudi cities beside it;
/// a Moroccan story names Morocco or its cities, and keeps Oujda.
/// </summary>
public static class ConjunctionGluedPlaces
{
    public static IReadOnlyList<EntityMention> Trim(string text, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        // Each glued mention with the places its whole text and its text after و name, looked up once here.
        List<(int Index, List<PlaceCandidate> Whole, List<PlaceCandidate> AfterConjunction)>? glued = null;
        for (var n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Type == EntityType.Location && m.Span.Length > 3 && text[m.Span.Start] == 'و' && !char.IsWhiteSpace(text[m.Span.Start + 1])
                && resources.PlacesByKey.TryGetValue(LinkingResources.Key(MentionText.Of(text, m)), out var whole)
                && resources.PlacesByKey.TryGetValue(LinkingResources.Key(text[(m.Span.Start + 1)..m.Span.End]), out var afterConjunction))
            {
                (glued ??= []).Add((n, whole, afterConjunction));
            }
        }

        if (glued is null)
        {
            return mentions;
        }

        var named = NamedCountries(text, mentions, glued, resources);
        List<EntityMention>? trimmed = null;
        foreach (var (n, whole, afterConjunction) in glued)
        {
            var m = mentions[n];
            if (afterConjunction.Exists(p => named.Contains(p.Country)) && !whole.Exists(p => named.Contains(p.Country)))
            {
                trimmed ??= [.. mentions];
                trimmed[n] = m with { Span = new TextSpan(m.Span.Start + 1, m.Span.End) };
            }
        }

        return trimmed ?? mentions;
    }

    /// <summary>The countries the other place mentions name: a country's name, or a place all of whose readings lie in one country.</summary>
    private static HashSet<string> NamedCountries(string text, IReadOnlyList<EntityMention> mentions, List<(int Index, List<PlaceCandidate> Whole, List<PlaceCandidate> AfterConjunction)> glued, LinkingResources resources)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < mentions.Count; n++)
        {
            if (mentions[n].Type != EntityType.Location || glued.Exists(g => g.Index == n))
            {
                continue;
            }

            var key = LinkingResources.Key(MentionText.Of(text, mentions[n]));
            if (resources.CountriesByKey.TryGetValue(key, out var country))
            {
                named.Add(country.Iso3);
            }
            else if (resources.PlacesByKey.TryGetValue(key, out var places) && places.TrueForAll(p => p.Country == places[0].Country))
            {
                named.Add(places[0].Country);
            }
        }

        return named;
    }
}
