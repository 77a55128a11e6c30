using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds the names of the organization table (Data/entities/organizations.tsv) written in the text, longest first,
/// so that an organization the tagger missed ("التحالف العربي", "الحوثيين") is still an entity. Only names of two
/// words or more, one-word names with the article of five letters or more, and one-word names of companies and media
/// of four letters or more and of news agencies of five or more (تويتر، لوموند، رويترز: foreign words, not Arabic ones;
/// the agencies' short names are acronyms such as سانا and وفا, which are also words), and names in Latin letters (CNN):
/// a short bare Arabic word (فتح، حماس) is too often a common word for a table to decide alone.
/// </summary>
public sealed class KnownNameFinder
{
    private const int MinOneWordKey = 5;

    private const int MinForeignOneWordKey = 4;

    private readonly KnownEntities _table;
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    /// <summary>
    /// One bit per signature (<see cref="Signature"/>) of a word in <see cref="_firstWords"/>: every token is tested, few
    /// begin a name, and most are turned away by one bit of this 8 KB table instead of hashing the word and probing the set.
    /// </summary>
    private readonly ulong[] _firstWordBits = new ulong[(1 << SignatureBits) / 64];

    private const int SignatureBits = 16;

    /// <summary>The first words of every longer name, joined as in a key ("الامم", "الامم المتحده" of a three-word name).</summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    private readonly int _maxWords = 1;

    private readonly bool _multiWordOnly;

    /// <param name="table">The names to find.</param>
    /// <param name="multiWordOnly">Only names of two words or more (the people table: a family name alone is too often a word).</param>
    public KnownNameFinder(KnownEntities table, bool multiWordOnly = false)
    {
        _table = table;
        _multiWordOnly = multiWordOnly;
        foreach (var (key, entity) in table.ByKey)
        {
            var words = key.Split(' ');
            if (words.Length == 1 && !IsOneWordFound(key, entity))
            {
                continue;
            }

            if (_firstWords.Add(words[0]))
            {
                var bit = Signature(words[0]);
                _firstWordBits[bit >> 6] |= 1UL << bit;
            }
            for (var k = 1; k < words.Length; k++)
            {
                _prefixes.Add(string.Join(' ', words[..k]));
            }

            _maxWords = Math.Max(_maxWords, words.Length);
        }
    }

    /// <summary>The spans of listed names, not overlapping each other, each with its folded key and row.</summary>
    public List<(TextSpan Span, string Key, KnownEntity Entity)> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<(TextSpan, string, KnownEntity)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // The word without its leading conjunction or preposition, else the whole token: a name that starts with
            // a letter that can be a clitic (فرانس برس) may have been split by the segmenter.
            var start = TokenWords.WordStart(tokens[i]);
            var (n, key) = Longest(text, tokens, i, start);
            if (n == 0 && start != tokens[i].Span.Start)
            {
                start = tokens[i].Span.Start;
                (n, key) = Longest(text, tokens, i, start);
            }

            if (n > 0)
            {
                found.Add((new TextSpan(start, tokens[i + n - 1].Span.End), key!, _table.ByKey[key!]));
                i += n - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// How many tokens from <paramref name="i"/> (its word starting at <paramref name="start"/>) make the longest listed
    /// name, hashtag marks between its words included, with its key; 0 and null when none does.
    /// </summary>
    private (int Words, string? Key) Longest(string text, IReadOnlyList<Token> tokens, int i, int start)
    {
        if (!StartsName(text, tokens[i], start))
        {
            return (0, null);
        }

        // The key grows a word at a time while some longer name starts with it, instead of trying every length down
        // from the longest name's: most names that start here stop after a word or two.
        var key = TokenWords.Key(text, tokens[i], start);
        (int Words, string? Key) longest = (0, null);
        var last = i;
        for (var n = 1; ; n++)
        {
            if (_table.ByKey.TryGetValue(key, out var entity) && (n > 1 || IsOneWordFound(key, entity)))
            {
                longest = (last - i + 1, key);
            }

            if (n >= _maxWords || last + 1 >= tokens.Count || !_prefixes.Contains(key))
            {
                return longest;
            }

            // A hashtag's sign or underscore inside the name ("دونالد #ترمب") is no word of it.
            var next = last + 1;
            while (next + 1 < tokens.Count && NameJoiners.IsJoiner(text, tokens, next))
            {
                next++;
            }

            key = key + " " + tokens[next].Key;
            last = next;
        }
    }

    /// <summary>
    /// Whether the token, read from <paramref name="start"/>, is the first word of a name: the same test as on
    /// <see cref="TokenWords.Key"/>, without making a string of the folded word for the many tokens that are
    /// not (most tokens with a clitic).
    /// </summary>
    private bool StartsName(string text, Token token, int start)
    {
        if (start == token.Span.Start)
        {
            return MayBeFirstWord(token.Key) && _firstWords.Contains(token.Key);
        }

        var word = text.AsSpan(start, token.Span.End - start);
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var folded = buffer[..Core.Text.ArabicFolding.Fold(word, buffer)];
        return MayBeFirstWord(folded) && _firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
    }

    /// <summary>False when <paramref name="key"/> is surely no first word of a name; true when it may be one.</summary>
    private bool MayBeFirstWord(ReadOnlySpan<char> key)
    {
        var bit = Signature(key);
        return (_firstWordBits[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>A hash of a word's length and its first, second and last letters, cheap to take from any token.</summary>
    private static int Signature(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return 0;
        }

        var h = ((uint)key.Length * 0x9E3779B1u) ^ (key[0] * 0x85EBCA77u) ^ (key[^1] * 0xC2B2AE3Du) ^ ((key.Length > 1 ? key[1] : 0u) * 0x27D4EB2Fu);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        return (int)(h >> (32 - SignatureBits));
    }

    private bool IsOneWordFound(string key, KnownEntity entity) => !_multiWordOnly && IsSafeOneWord(key, entity);

    private static bool IsSafeOneWord(string key, KnownEntity entity) =>
        (key.StartsWith("ال", StringComparison.Ordinal) && key.Length >= MinOneWordKey)
        || (entity.Role is "company" or "media" && key.Length >= MinForeignOneWordKey)
        || (entity.Role is "news-agency" && key.Length > MinForeignOneWordKey)
        || IsLatinAcronym(key);

    /// <summary>
    /// A listed name written in Latin letters (CNN, BBC): no Arabic word, so even three letters are safe.
    /// </summary>
    private static bool IsLatinAcronym(string key) => key.Length >= 2 && key.All(char.IsAsciiLetter);
}
