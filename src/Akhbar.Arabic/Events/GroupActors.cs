using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Collective nouns news text uses for the side that acts in arrests, attacks and deployments without naming it
/// ("اعتقلت الشرطة", "هجمات شنها مسلحون", "السلطات تحتجز"). They are no linked entity, yet they are the actor the text
/// makes responsible, so an event keeps them as a span source rather than losing the event or inventing a country.
/// </summary>
internal static class GroupActors
{
    /// <summary>Folded keys, with and without the article, without a leading و or ف.</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "الشرطه", "شرطه", "السلطات", "سلطات", "الجيش", "جيش", "القوات", "قوات", "الامن", "الحكومه",
        "مسلحون", "مسلحين", "المسلحون", "المسلحين", "مقاتلون", "مقاتلين", "المقاتلون", "المقاتلين",
        "مليشيات", "المليشيات", "ميليشيات", "الميليشيات", "مليشيا", "ميليشيا", "الميليشيا", "المليشيا",
        "المتمردون", "المتمردين", "متمردون", "متمردين", "مجهولون", "مجهولين", "الطيران", "طيران",
        "المتظاهرون", "متظاهرون", "المحتجون", "محتجون", "المتظاهرين", "متظاهرين", "المحتجين", "محتجين",

        // Prosecutors and investigators accuse and arrest for a state the text often leaves unnamed ("اتهم ممثلو الادعاء").
        "الادعاء", "ممثلو", "النيابه", "المدعون", "المدعين", "المحققون", "المحققين",

        // Envoys and delegations travel and meet for a side the text often leaves unnamed ("زيارة مبعوثين لميانمار").
        "مبعوثون", "مبعوثين", "المبعوثون", "المبعوثين", "وفد", "الوفد",
    };

    /// <summary>Whether the token is one of the collective nouns, with no preposition before it in the same word.</summary>
    public static bool Is(Token token) =>
        token.Kind == TokenKind.Word && Nouns.Contains(ArticleActors.WithoutConjunction(token.Key))
        && !token.Has(SegmentRole.Preposition);
}
