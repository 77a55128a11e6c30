using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Nouns of one state's administration that place the name after them in that state: Tunisia's delegations
/// ("معتمدية العلا", "بمعتمدية الرقاب", "معتمديتي الفوار ودوز"). A delegation is a Tunisian unit only, so the name after it is a
/// Tunisian place whatever GeoNames knows by that name (العلا is AlUla in Saudi Arabia to GeoNames) and even where the story
/// names no other Tunisian place. Over 1,000 Jawhara FM articles 51 places stood after the noun: 43 were placed in Tunisia,
/// 7 in no country (الرقاب، رمادة، الفوار، عين دراهم, which no table has) and one in Saudi Arabia; the noun never occurs in
/// 1,500 ant-multisource articles nor on a SaudiNewsNet day. The nouns and their states are the heads of place-heads.tsv that
/// have a country (<see cref="LinkingResources.StateOfPlaceHead"/>).
/// </summary>
public static class CountryDesignators
{
    /// <summary>A place named right after such a noun (with or without a proclitic on it) is in the noun's state; a namesake elsewhere loses its point.</summary>
    public static void Assign(List<MentionCluster> clusters, IReadOnlyList<Token> tokens, LinkingResources resources)
    {
        foreach (var c in clusters)
        {
            if (c.Type != EntityType.Location || StateOf(c, tokens, resources) is not { } state || c.Country == state)
            {
                continue;
            }

            if (c.Geo is not null)
            {
                c.Geo = null;
            }

            c.Country = state;
        }
    }

    private static string? StateOf(MentionCluster c, IReadOnlyList<Token> tokens, LinkingResources resources)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Kind != MentionKind.Name || TokenSearch.Containing(tokens, m.Span.Start) is not (> 0 and var t)
                || tokens[t].Span.Start != m.Span.Start || tokens[t - 1].Kind != TokenKind.Word)
            {
                continue;
            }

            var forms = WordForms.FromKey(tokens[t - 1].Key);
            if (forms.NounStart(resources.IsStatePlaceHead) is >= 0 and var start
                && resources.StateOfPlaceHead(tokens[t - 1].Key.AsSpan(start)) is { } state)
            {
                return state;
            }
        }

        return null;
    }
}
