using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

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

        // Sides of a war that reports name by a common noun or a plural the entity tagger does not take for a name ("شنت
        // المقاومة هجوما", "قصف التحالف", "أطلق الحوثيون صواريخ", "اعترضت الدفاعات الجوية").
        "التحالف", "المقاومه", "الحوثيون", "الحوثيين", "حوثيون", "حوثيين", "الدفاعات", "دفاعات",

        // Government bodies that condemn, announce and decide under a common noun when the tagger finds no name there
        // ("أدانت الخارجية الفرنسية", "قررت الوزارة"); an earlier full name makes them that entity (EventFinder.BareNouns).
        "الخارجيه", "الوزاره", "وزاره", "الرياسه",

        // Leaders, who criticize, demand and meet as a body the text does not name ("انتقد زعماء المعارضة الرئيس"); not
        // المعارضة, which is as often the adjective of factions ("الفصائل المعارضة") as a body.
        "زعماء", "الزعماء", "قاده", "القاده",
    };

    /// <summary>
    /// A single attacker ("فجر انتحاري نفسه", "أطلق مسلح النار"): an actor after a verb, but after an event noun the same
    /// word is its adjective ("هجوم انتحاري", "هجوم مسلح"), not who acted.
    /// </summary>
    private static readonly HashSet<string> Attackers = new(StringComparer.Ordinal)
    {
        "انتحاري", "انتحاريه", "انتحاريا", "مسلح", "مسلحا", "مهاجم", "مهاجما",
    };

    /// <summary>
    /// Aircraft that strike for a side the sentence does not name (folded, without the article): planes, fighter jets,
    /// helicopters, bombers, drones, the air force ("طائرة حربية إسرائيلية أطلقت صواريخ", "قصفت مقاتلات التحالف", "غارات
    /// لطيران التحالف"). The subject of a verb, but in the genitive of an event noun ("إسقاط طائرة") what the act was done to.
    /// The one list of aircraft of the event stage: group actors, the author after ل (EventFinder.LamGroupAuthors) and air
    /// strikes (EventFinder.MissileAttacks) all read it. <see cref="Nouns"/> still holds طيران and الطيران, for
    /// <see cref="IsCollective"/> alone: the air force in the genitive of an event noun is its author ("غارات الطيران"),
    /// where a plane there is what the act was done to.
    /// </summary>
    private static readonly FrozenSet<string> Aircraft = new[]
    {
        "طايره", "طايرات", "مقاتلات", "مروحيه", "مروحيات", "قاذفه", "قاذفات", "طيران", "درون",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="Aircraft"/> looked up by span, so that the article is cut without a new string.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AircraftLookup = Aircraft.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the folded key, with or without the article and with no other clitic, names aircraft ("الطائرات"، "مقاتلات").</summary>
    public static bool IsAircraft(string key)
    {
        var noun = key.AsSpan();
        return AircraftLookup.Contains(noun.Length > 3 && noun.StartsWith("ال", StringComparison.Ordinal) ? noun[2..] : noun);
    }

    /// <summary>Whether the token is one of the collective nouns, with no preposition before it in the same word.</summary>
    public static bool Is(Token token) =>
        token.Kind == TokenKind.Word && !token.Has(SegmentRole.Preposition) && (IsListed(OwnKey(token)) || IsListed(ArticleActors.WithoutConjunction(token.Key)));


    /// <summary>Whether the folded key, with no clitic, is one of the collective nouns ("الحوثيين" after "لل").</summary>
    public static bool IsListed(string key) => Nouns.Contains(key) || Attackers.Contains(key) || IsAircraft(key);

    /// <summary>
    /// The key of a word whose own first letter is و ("وزارة"، "وفد"), which <see cref="ArticleActors.WithoutConjunction"/>
    /// would cut as a conjunction; the key itself when the segmenter found a conjunction there.
    /// </summary>
    private static string OwnKey(Token token) => token.Segments is [{ Role: SegmentRole.Conjunction }, ..] ? ArticleActors.WithoutConjunction(token.Key) : token.Key;

    /// <summary>
    /// Whether the stem of a token that carries a possessive pronoun ("قواته", "طائراتها", "مقاتلاته") is a collective noun or
    /// a warplane: the forces of whoever the pronoun stands for.
    /// </summary>
    public static bool IsOwnedGroup(Token token, string text)
    {
        if (token.Kind != TokenKind.Word || !token.Has(SegmentRole.Pronoun) || token.Has(SegmentRole.Preposition))
        {
            return false;
        }

        foreach (var segment in token.Segments)
        {
            if (segment.Role == SegmentRole.Stem)
            {
                var key = ArabicFolding.Fold(text.AsSpan(segment.Span.Start, segment.Span.End - segment.Span.Start));
                return Nouns.Contains(key) || Nouns.Contains("ال" + key) || IsAircraft(key);
            }
        }

        return false;
    }

    /// <summary>Whether the token is a collective noun that also acts in the genitive of an event noun ("هجمات المسلحين").</summary>
    public static bool IsCollective(Token token) =>
        token.Kind == TokenKind.Word && (Nouns.Contains(OwnKey(token)) || ArticleActors.ListsWithoutConjunction(Nouns, token.Key)) && !token.Has(SegmentRole.Preposition);
}
