using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Whether a document is a sport page: it uses at least <see cref="MinStrong"/> distinct words that sport reports use and
/// politics almost never does (مباراة، الدوري، لاعب، نادي، مدرب، منتخب، ملعب، كأس، مهاجم، حارس ...), and at least
/// <see cref="MinCues"/> distinct cue words in all, the weaker ones (فريق، هدف، بطولة، الموسم) counted too. On such a page
/// a city next to a club noun is a club, "هجوم" is an attack on goal and "فوز" a win on the pitch. Over 3,000 ant-multisource
/// articles the test held for 485 of the 587 of category sport and for 47 of the 2,413 others, nearly all of them World Cup
/// and club stories filed under international news or economy.
/// </summary>
public static class SportContext
{
    private const int MinStrong = 2;
    private const int MinCues = 3;

    /// <summary>Folded cue stems (no clitics, no article) and whether each is strong; at most 32 of them (one bit each).</summary>
    private static readonly FrozenDictionary<string, (int Bit, bool Strong)> Cues = Build(
        strong: ["مباراه", "مباراتي", "مباريات", "دوري", "لاعب", "لاعبي", "لاعبين", "لاعبو", "نادي", "انديه", "مدرب", "منتخب", "ملعب", "كاس", "مهاجم", "حارس", "مدافع", "هداف", "تعادل"],
        weak: ["فريق", "هدف", "اهداف", "بطوله", "موسم"]);

    private static readonly FrozenDictionary<string, (int Bit, bool Strong)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The cues by the hash of their stem as the tagger hashes it (<see cref="NamePropagation.StemHash"/>), also with a bare
    /// ب, ك or ل before it ("لنادي", "كمدرب", whose stem keeps the letter: the same readings as <see cref="BitOf"/>'s
    /// <see cref="WordForms.HasBarePreposition"/>), so that the entity stage tests a page from the hashes it already has: a
    /// lookup of a number per word, no string read, and the same answer as the test over tokens.
    /// </summary>
    private static readonly FrozenDictionary<uint, int> BitsByStemHash = Cues
        .SelectMany(c => new[] { c.Key, "ب" + c.Key, "ك" + c.Key, "ل" + c.Key }.Select(form => (Hash: FeatureHash.OfText(form), c.Value.Bit)))
        .DistinctBy(x => x.Hash)
        .ToFrozenDictionary(x => x.Hash, x => x.Bit);

    /// <summary>
    /// Whether <paramref name="document"/> is a sport page, decided once per document (<see cref="Document.IsSportPage"/>):
    /// the entity stage decides it from its stem hashes; a pipeline without it decides here, from the tokens.
    /// </summary>
    public static bool Of(Document document) => document.IsSportPage ??= IsSport(document.Tokens);

    /// <summary>The test over the tagger's stem hashes of a document's words, one array per sentence.</summary>
    public static bool IsSport(IReadOnlyList<uint[]> stems)
    {
        uint seen = 0;
        foreach (var sentence in stems)
        {
            foreach (var hash in sentence)
            {
                if (BitsByStemHash.TryGetValue(hash, out var bit) && Enough(seen |= 1u << bit))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The test over a document's tokens (for stages that have no tagger's words).</summary>
    public static bool IsSport(IReadOnlyList<Token> tokens)
    {
        uint seen = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Key.Length >= 3 && Enough(seen |= BitOf(WordForms.FromKey(token.Key))))
            {
                return true;
            }
        }

        return false;
    }

    private static uint BitOf(in WordForms w)
    {
        if (Lookup.TryGetValue(w.Stem, out var cue) || (w.HasBarePreposition && Lookup.TryGetValue(w.Key.AsSpan(w.PrepositionEnd), out cue)))
        {
            return 1u << cue.Bit;
        }

        return 0;
    }

    /// <summary>Whether the cues seen (one bit each) are enough.</summary>
    private static bool Enough(uint seen) => uint.PopCount(seen) >= MinCues && uint.PopCount(seen & StrongMask) >= MinStrong;

    private static readonly uint StrongMask = Cues.Values.Where(c => c.Strong).Aggregate(0u, (m, c) => m | (1u << c.Bit));

    private static FrozenDictionary<string, (int Bit, bool Strong)> Build(string[] strong, string[] weak)
    {
        var cues = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach (var w in strong)
        {
            cues[w] = (cues.Count, true);
        }

        foreach (var w in weak)
        {
            cues[w] = (cues.Count, false);
        }

        if (cues.Count > 31)
        {
            throw new InvalidOperationException("SportContext: more cue words than bits.");
        }

        return cues.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
