using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A royal title written right before a person's name is part of the name as news writes it and as our gold marks it
/// ("الملك سلمان", "الشيخ محمد بن زايد", "الأمير هاري"; gold/README.md: names are marked in full as written), unlike a
/// title of office (الرئيس، الوزير), which is a role. So are the honorifics of address that Saudi and Gulf papers put
/// before almost every name of an official, a scholar or an engineer ("الدكتور عزام الدخيل", "الأستاذ فهد الصقيه",
/// "المهندس خالد الفالح"): in a 1,500-article sample of SaudiNewsNet الدكتور stands before a name 323 times, المهندس 101
/// and الأستاذ 46 (ant-multisource's tuning gold has none). The tagger, trained on ANERcorp, leaves these titles out, and
/// the entity stage cuts them off (<see cref="LeadingTitles"/>) so that linking reads the bare name; this widens the
/// person's output mentions over the title once the entities are made, so keys, known-people lookup and clustering are
/// unchanged.
/// </summary>
public static class RoyalTitles
{
    /// <summary>
    /// The titles, folded, with their article: king, queen, prince, princess, sheikh, sheikha, sultan, and the honorifics
    /// doctor, teacher (الأستاذ, "Mr" in Saudi usage) and engineer, masculine and feminine.
    /// </summary>
    private static readonly HashSet<string> Titles = new[]
        {
            "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان",
            "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "المهندسة",
        }
        .Select(t => Core.Text.ArabicFolding.Fold(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// For each person mention right after a royal title (with or without a leading و: "والملك عبدالله"), its span widened
    /// to the title's start, keyed by the mention's own span.
    /// </summary>
    public static Dictionary<TextSpan, TextSpan> Widened(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var widened = new Dictionary<TextSpan, TextSpan>();
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person || m.FirstToken < 1 || m.Span.Start != tokens[m.FirstToken].Span.Start)
            {
                continue;
            }

            var title = tokens[m.FirstToken - 1];
            if (title.Kind != TokenKind.Word || !IsRoyalTitle(text, title))
            {
                continue;
            }

            widened[m.Span] = new TextSpan(TokenWords.WordStart(title), m.Span.End);
        }

        return widened;
    }

    /// <summary>Whether the token is a royal title, once a leading conjunction is left out (a preposition would make it no title of the name: "للملك").</summary>
    private static bool IsRoyalTitle(string text, Token token)
    {
        if (Titles.Contains(token.Key))
        {
            return true;
        }

        return token.Key.Length > 1 && token.Key[0] == 'و' && Titles.Contains(TokenWords.WordKey(text, token));
    }
}
