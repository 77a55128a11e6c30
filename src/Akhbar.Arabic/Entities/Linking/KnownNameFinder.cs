using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds the names of the organization table (Data/entities/organizations.tsv) written in the text, longest first,
/// so that an organization the tagger missed ("التحالف العربي", "الحوثيين") is still an entity. Only names of two
/// words or more, one-word names with the article of five letters or more, and one-word names of companies and media
/// of four letters or more and of news agencies of five or more (تويتر، لوموند، رويترز: foreign words, not Arabic ones;
/// the agencies' short names are acronyms such as سانا and وفا, which are also words), one-word names of armed groups of
/// four letters or more that are no common noun (داعش، طالبان, not حماس, zeal: <see cref="TakesTheArticle"/>; the tagger
/// missed 23 of the 62 داعش of 1,500 ant-multisource articles, most after a preposition, لداعش، بداعش), and names in
/// Latin letters (CNN): a short bare Arabic word (فتح) is too often a common word for a table to decide alone.
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

    /// <summary><see cref="_firstWords"/> and <see cref="_prefixes"/> looked up by span, made once rather than at every token.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordSpans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixSpans;

    /// <summary>
    /// The one-word keys found alone (<see cref="IsOneWordFound"/>), decided once here: the test may count the word in the
    /// segmenter's corpus, and a one-word name is matched again at every token that writes it.
    /// </summary>
    private readonly HashSet<string> _oneWordNames = new(StringComparer.Ordinal);

    private readonly int _maxWords = 1;

    /// <summary>The length of the table's longest key: a key that grows past it can be no name nor the start of one.</summary>
    private readonly int _maxKeyLength;

    private readonly bool _multiWordOnly;

    /// <param name="table">The names to find.</param>
    /// <param name="multiWordOnly">Only names of two words or more (the people table: a family name alone is too often a word).</param>
    public KnownNameFinder(KnownEntities table, bool multiWordOnly = false)
    {
        _table = table;
        _multiWordOnly = multiWordOnly;
        _firstWordSpans = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixSpans = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, entity) in table.ByKey)
        {
            _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
            var words = key.Split(' ');
            if (words.Length == 1)
            {
                if (!IsOneWordFound(key, entity))
                {
                    continue;
                }

                _oneWordNames.Add(key);
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
        Span<char> buffer = stackalloc char[MaxStackWord];
        for (var i = 0; i < tokens.Count;)
        {
            var start = TokenWords.WordStart(tokens[i]);
            var folded = FoldFrom(text, tokens[i], start, buffer);
            var (wordSignature, tokenSignature) = Signatures(tokens[i], start, folded);
            i = FindAt(text, tokens, i, start, folded, wordSignature, tokenSignature, found);
        }

        return found;
    }

    /// <summary>
    /// What <see cref="Find"/> of <paramref name="first"/> and of <paramref name="second"/> find, in one pass over the
    /// tokens: the entity stage wants the listed people and linking the listed organizations, and reading every token
    /// and its word once for both costs about half as much as two scans. Each table keeps its own next token, so that
    /// each finds exactly what its own scan finds.
    /// </summary>
    public static (List<(TextSpan Span, string Key, KnownEntity Entity)> First, List<(TextSpan Span, string Key, KnownEntity Entity)> Second) FindBoth(
        KnownNameFinder first, KnownNameFinder second, string text, IReadOnlyList<Token> tokens)
    {
        var inFirst = new List<(TextSpan, string, KnownEntity)>();
        var inSecond = new List<(TextSpan, string, KnownEntity)>();
        Span<char> buffer = stackalloc char[MaxStackWord];
        var (nextFirst, nextSecond) = (0, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < nextFirst && i < nextSecond)
            {
                continue;
            }

            var start = TokenWords.WordStart(tokens[i]);
            var folded = FoldFrom(text, tokens[i], start, buffer);
            var (wordSignature, tokenSignature) = Signatures(tokens[i], start, folded);
            if (i >= nextFirst)
            {
                nextFirst = first.FindAt(text, tokens, i, start, folded, wordSignature, tokenSignature, inFirst);
            }

            if (i >= nextSecond)
            {
                nextSecond = second.FindAt(text, tokens, i, start, folded, wordSignature, tokenSignature, inSecond);
            }
        }

        return (inFirst, inSecond);
    }

    /// <summary>Words up to this length are folded on the stack.</summary>
    private const int MaxStackWord = 64;

    /// <summary>
    /// The folded word of the token from <paramref name="start"/> when a clitic was left out before it, written to
    /// <paramref name="buffer"/> when it fits; empty when nothing was left out (the token's key is that word).
    /// </summary>
    private static ReadOnlySpan<char> FoldFrom(string text, Token token, int start, Span<char> buffer)
    {
        if (start == token.Span.Start)
        {
            return default;
        }

        var word = text.AsSpan(start, token.Span.End - start);
        var into = word.Length <= buffer.Length ? buffer : new char[word.Length];
        return into[..Core.Text.ArabicFolding.Fold(word, into)];
    }

    /// <summary>
    /// Adds the longest listed name at token <paramref name="i"/> to <paramref name="found"/>, read from its word at
    /// <paramref name="start"/> (folded: <paramref name="folded"/>), else from the whole token: a name that starts with a
    /// letter that can be a clitic (فرانس برس) may have been split by the segmenter. Returns the next token to look at.
    /// </summary>
    private int FindAt(string text, IReadOnlyList<Token> tokens, int i, int start, ReadOnlySpan<char> folded, int wordSignature, int tokenSignature, List<(TextSpan, string, KnownEntity)> found)
    {
        // Most tokens are turned away here, by the signatures of their word and of the whole token, before any key is read again.
        if (!MayBeFirstWord(wordSignature) && (tokenSignature < 0 || !MayBeFirstWord(tokenSignature)))
        {
            return i + 1;
        }

        var (n, key, entity) = Longest(text, tokens, i, start, folded, wordSignature);
        if (n == 0 && start != tokens[i].Span.Start)
        {
            // Read again from the whole token, whose signature Signatures took when the word and the token differ.
            start = tokens[i].Span.Start;
            (n, key, entity) = Longest(text, tokens, i, start, default, tokenSignature);
        }

        if (n == 0)
        {
            return i + 1;
        }

        found.Add((new TextSpan(start, tokens[i + n - 1].Span.End), key!, entity!));
        return i + n;
    }

    /// <summary>
    /// How many tokens from <paramref name="i"/> (its word starting at <paramref name="start"/>, folded:
    /// <paramref name="folded"/>, <see cref="Signature"/>: <paramref name="signature"/>) make the longest listed name, hashtag
    /// marks between its words included, with its key and row; 0 and nulls when none does.
    /// </summary>
    private (int Words, string? Key, KnownEntity? Entity) Longest(string text, IReadOnlyList<Token> tokens, int i, int start, ReadOnlySpan<char> folded, int signature)
    {
        if (!StartsName(tokens[i], start, folded, signature))
        {
            return (0, null, null);
        }

        // The key grows a word at a time while some longer name starts with it, instead of trying every length down
        // from the longest name's: most names that start here stop after a word or two. It is written into one buffer as
        // long as the longest listed key, on the stack unless that is over MaxStackKey (a token that begins a listed name is
        // a listed first word, so it fits), and a name found is given by the table's own string of its key.
        Span<char> buffer = _maxKeyLength <= MaxStackKey ? stackalloc char[_maxKeyLength] : new char[_maxKeyLength];
        ReadOnlySpan<char> firstWord = start == tokens[i].Span.Start ? tokens[i].Key : folded;
        firstWord.CopyTo(buffer);
        var length = firstWord.Length;
        var prefixes = _prefixSpans;
        (int Words, string? Key, KnownEntity? Entity) longest = (0, null, null);
        var last = i;
        for (var n = 1; ; n++)
        {
            ReadOnlySpan<char> key = buffer[..length];
            if (_table.TryGetByKey(key, out var listedKey, out var entity) && (n > 1 || _oneWordNames.Contains(listedKey)))
            {
                longest = (last - i + 1, listedKey, entity);
            }

            if (n >= _maxWords || last + 1 >= tokens.Count || !prefixes.Contains(key))
            {
                return longest;
            }

            // A hashtag's sign or underscore inside the name ("دونالد #ترمب") is no word of it.
            var next = last + 1;
            while (next + 1 < tokens.Count && NameJoiners.IsJoiner(text, tokens, next))
            {
                next++;
            }

            var word = tokens[next].Key;
            if (length + 1 + word.Length > buffer.Length)
            {
                // Longer than every listed key: no name, and no longer one, starts with it.
                return longest;
            }

            buffer[length] = ' ';
            word.CopyTo(buffer[(length + 1)..]);
            length += 1 + word.Length;
            last = next;
        }
    }

    /// <summary>Keys up to this length are grown on the stack.</summary>
    private const int MaxStackKey = 256;

    /// <summary>
    /// Whether the token, read from <paramref name="start"/>, is the first word of a name: the same test as on
    /// <see cref="TokenWords.Key"/>, without making a string of the folded word for the many tokens that are
    /// not (most tokens with a clitic). <paramref name="signature"/> is the <see cref="Signature"/> of the key read,
    /// taken once by <see cref="Signatures"/>.
    /// </summary>
    private bool StartsName(Token token, int start, ReadOnlySpan<char> folded, int signature) =>
        MayBeFirstWord(signature) && (start == token.Span.Start ? _firstWords.Contains(token.Key) : _firstWordSpans.Contains(folded));

    /// <summary>False when no first word of a name has the <see cref="Signature"/> <paramref name="bit"/>.</summary>
    private bool MayBeFirstWord(int bit) => (_firstWordBits[bit >> 6] & (1UL << bit)) != 0;

    /// <summary>
    /// The <see cref="Signature"/> of the token's word read from <paramref name="start"/> (folded: <paramref name="folded"/>)
    /// and of the whole token when a clitic was left out (else -1): the two keys <see cref="FindAt"/> reads, taken once for
    /// both tables of <see cref="FindBoth"/>.
    /// </summary>
    private static (int Word, int Token) Signatures(Token token, int start, ReadOnlySpan<char> folded) =>
        start == token.Span.Start ? (Signature(token.Key), -1) : (Signature(folded), Signature(token.Key));

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
        || (entity.Role is "armed-group" && key.Length >= MinForeignOneWordKey && !TakesTheArticle(key))
        || IsLatinAcronym(key);

    /// <summary>
    /// Whether the segmenter's corpus counts the word with the article at least a tenth as often as without it: a common
    /// noun takes the article (الحماس, zeal, 42 against 241 for حماس, also "بحماس", with zeal), a coined or foreign name does
    /// not (الداعش 0 against 139, الطالبان 4 against 60).
    /// </summary>
    private static bool TakesTheArticle(string key)
    {
        var frequencies = Segmentation.WordFrequencies.Default;
        return frequencies.Frequency("ال" + key) * ArticleRarity >= frequencies.Frequency(key);
    }

    /// <summary>How many times rarer than the bare word its form with the article is, at most, in a name that is no common noun.</summary>
    private const int ArticleRarity = 10;

    /// <summary>
    /// A listed name written in Latin letters (CNN, BBC): no Arabic word, so even three letters are safe.
    /// </summary>
    private static bool IsLatinAcronym(string key) => key.Length >= 2 && key.All(char.IsAsciiLetter);
}
