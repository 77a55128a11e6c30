using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Roles written after a person's name, which news uses as often as before it: "نيكي هيلي سفيرة الولايات
/// المتحدة", "فالنتينا ماتفيينكو، رئيسة المجلس الأعلى في البرلمان الروسي". After a person mention and an
/// optional comma comes a role noun; the country is a country name within <see cref="MaxCountryGap"/>
/// words of it, or a nisba within <see cref="MaxNisbaGap"/> words, before any punctuation or relative
/// pronoun (after "الذي" the words describe something else).
/// </summary>
public static class TrailingRoleFinder
{
    public const int MaxCountryGap = 2;
    public const int MaxNisbaGap = 6;

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal) { "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "قال", "قالت", "ان" };

    /// <summary>The name span, the role text (role noun to country word) and the country, for each person mention followed by a role.</summary>
    public static List<(TextSpan Name, string Role, string Country)> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        var found = new List<(TextSpan, string, string)>();
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person)
            {
                continue;
            }

            var i = m.LastToken + 1;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Span.Start] is '،' or ',')
            {
                i++;
            }

            if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || tokens[i].Span.Start != TokenWords.WordStart(tokens[i]))
            {
                continue;
            }

            var head = tokens[i].Key.StartsWith("ال", StringComparison.Ordinal) ? tokens[i].Key[2..] : tokens[i].Key;
            if (resources.RoleHeads.Contains(head) && CountryAfter(tokens, i, resources) is { } hit)
            {
                found.Add((m.Span, text[tokens[i].Span.Start..tokens[hit.Last].Span.End], hit.Country));
            }
        }

        return found;
    }

    private static (int Last, string Country)? CountryAfter(IReadOnlyList<Token> tokens, int head, LinkingResources resources)
    {
        for (var j = head + 1; j < tokens.Count && j - head <= MaxNisbaGap; j++)
        {
            if (tokens[j].Kind != TokenKind.Word || Stops.Contains(tokens[j].Key))
            {
                return null;
            }

            for (var words = Math.Max(resources.MaxNisbaWords, 3); words >= 1; words--)
            {
                if (j + words > tokens.Count)
                {
                    continue;
                }

                var key = TokenWords.JoinKeys(tokens, j, words);
                if (resources.NisbaByKey.TryGetValue(key, out var iso3) && !resources.OfficeGenitives.Contains(key))
                {
                    return (j + words - 1, iso3);
                }

                if (j - head <= MaxCountryGap && resources.CountriesByKey.TryGetValue(key, out var country))
                {
                    return (j + words - 1, country.Iso3);
                }
            }
        }

        return null;
    }
}
