using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Places named right after a noun that designates or heads a place (Data/entities/place-heads.tsv: "ولاية منوبة",
/// "بمعتمدية جلمة", "لمدينة نابل"), with or without a proclitic on the noun, and districts named with "حي" ("حي البطحاء"). The noun says the word after it is a place's
/// name, so a small town GeoNames knows is not taken there for the common word it may also be.
/// </summary>
public static class DesignatedPlaces
{
    /// <summary>Whether a name mention of the cluster stands right after such a noun.</summary>
    public static bool AnyAfterPlaceNoun(MentionCluster c, IReadOnlyList<Token> tokens, LinkingResources resources)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Kind != MentionKind.Name || TokenSearch.Containing(tokens, m.Span.Start) is not (>= 0 and var t))
            {
                continue;
            }

            // A district is named with its noun: "حي السلام" (UnlistedPlaceRule).
            if (UnlistedPlaceRule.IsDistrictNoun(tokens[t].Key)
                || (t > 0 && tokens[t].Span.Start == m.Span.Start && tokens[t - 1].Kind == TokenKind.Word && WordForms.FromKey(tokens[t - 1].Key).NounStart(resources.IsPlaceHeadOrDesignator) >= 0))
            {
                return true;
            }
        }

        return false;
    }
}
