using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// "المملكة" alone (the kingdom) is the country of a kingdom's own press: Saudi papers call Saudi Arabia so ("أن يعيده على
/// المملكة قيادة وشعبا"), as Jordanian, Moroccan and Bahraini papers call their own. It is a mention of the publication's
/// country (<see cref="PressCountry"/>) unless the article names a place of another kingdom; not before a definite word
/// that goes on with a longer name (المملكة العربية السعودية، المملكة المتحدة), nor glued to لل ("للمملكة", which the gold
/// sets leave unmarked), nor where it is already part of a mention. The gold conventions differ by publication, and the rule
/// follows them: gold/saudi marks bare المملكة in Saudi papers as the country's usual short name, while the ant-multisource
/// folders (gold/dev, gold/events-test7) leave it unmarked as a bare noun in the pan-Arab press, where it fires not.
/// </summary>
public static class KingdomShortName
{
    /// <summary>The kingdoms whose own news writes "المملكة" for the country.</summary>
    private static readonly HashSet<string> Kingdoms = ["SAU", "JOR", "MAR", "BHR"];

    private static readonly string Key = LinkingResources.Key("المملكة");

    /// <summary>Whether a folded name is the short name this rule adds (so that the entity is called by its country's name).</summary>
    public static bool IsShortName(string key) => key == Key;

    public static void Add(string text, IReadOnlyList<Token> tokens, List<MentionCluster> clusters, LinkingResources resources, string? pressCountry)
    {
        if (pressCountry is null || !Kingdoms.Contains(pressCountry) || !resources.CountriesByIso3.TryGetValue(pressCountry, out var country)
            || clusters.Exists(c => c.Type == EntityType.Location && c.Country is { } other && other != pressCountry && Kingdoms.Contains(other)))
        {
            return;
        }

        MentionCluster? kingdom = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.Key.EndsWith(Key, StringComparison.Ordinal))
            {
                continue;
            }

            var start = TokenWords.WordStart(token);
            if (TokenWords.Key(text, token, start) != Key || GoesOn(tokens, i))
            {
                continue;
            }

            var span = new TextSpan(start, token.Span.End);
            if (clusters.Exists(c => c.Mentions.Exists(m => m.Span.Overlaps(span))))
            {
                continue;
            }

            kingdom ??= CountryCluster(clusters, country);
            kingdom.AddName(span, EntityType.Location, text[span.Start..span.End], Key);
        }
    }

    /// <summary>Whether the word after the kingdom is a definite word that goes on with its name ("المملكة العربية").</summary>
    private static bool GoesOn(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Word && tokens[at + 1].Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The article's entity of the country, made as the linker makes one when the article names it only by its places.</summary>
    private static MentionCluster CountryCluster(List<MentionCluster> clusters, CountryInfo country)
    {
        var found = clusters.Find(c => c.Type == EntityType.Location && c.Geo is { Feature: "PCLI" } && c.Country == country.Iso3);
        if (found is not null)
        {
            return found;
        }

        var made = new MentionCluster
        {
            Type = EntityType.Location,
            Country = country.Iso3,
            NameEn = country.NameEn,
            Geo = new GeoLink(country.GeonameId, null, null, "PCLI", country.Iso3),
        };
        clusters.Add(made);
        return made;
    }
}
