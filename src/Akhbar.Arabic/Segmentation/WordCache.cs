using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// The folded key and the clitic segments of each distinct word, computed once per thread. News repeats a
/// small vocabulary (ant-multisource has 9.3 million tokens but only 235,000 distinct ones), so most tokens
/// are found here instead of being folded and segmented again, which allocated several strings per word.
/// Valid because the key and the segments depend on the word alone. Bounded: it starts over when full.
/// </summary>
internal sealed class WordCache
{
    private const int MaxWords = 64 * 1024;

    private readonly Dictionary<string, Entry> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordCache(CliticSegmenter segmenter)
    {
        Segmenter = segmenter;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The segmenter whose results the cache holds: a stage with another segmenter needs its own cache.</summary>
    public CliticSegmenter Segmenter { get; }

    /// <summary>Scratch list for the tokens of one document, reused so that it does not grow anew each time.</summary>
    public List<RawToken> Tokens { get; } = [];

    /// <summary>Scratch list for the segments of one word.</summary>
    public List<Segment> Segments { get; } = new(4);

    public Entry Get(string text, TextSpan span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        if (_lookup.TryGetValue(word, out var entry))
        {
            return entry;
        }

        if (_words.Count >= MaxWords)
        {
            _words.Clear();
        }

        entry = new Entry(ArabicFolding.Fold(word));
        _words.Add(word.ToString(), entry);
        return entry;
    }

    /// <summary>What is known of one word: its key, and its segments once a word token asked for them.</summary>
    public sealed class Entry(string key)
    {
        public string Key { get; } = key;

        /// <summary>Segments with offsets from the start of the word; null until first needed.</summary>
        public Segment[]? RelativeSegments { get; set; }
    }
}
