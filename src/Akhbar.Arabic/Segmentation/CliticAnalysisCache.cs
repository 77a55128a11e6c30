using System.Collections.Concurrent;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Remembers the analysis of words as written (not folded: the letters that folding hides take part in the
/// decision), so that the frequent words of a corpus are analysed once. Safe to share across threads; lookups take
/// spans and allocate nothing. It stops growing at <see cref="Capacity"/> entries, which keeps memory flat on any
/// corpus while the common words, seen first, stay cached. It can also keep each word's folded key, so that a
/// word seen before needs neither folding nor a new key string.
/// </summary>
public sealed class CliticAnalysisCache
{
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // ConcurrentDictionary.Count takes every lock of the table, and once the cache is full every new word asked
    // for it: counting here keeps the capacity check free.
    private int _count;

    public CliticAnalysisCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis)
    {
        var found = _lookup.TryGetValue(word, out var entry);
        analysis = entry.Analysis;
        return found;
    }

    /// <summary>The analysis and the folded key of a word, when it was added with its key.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis, out string? key)
    {
        var found = _lookup.TryGetValue(word, out var entry);
        (analysis, key) = (entry.Analysis, entry.Key);
        return found;
    }

    /// <summary>Remembers a word's analysis, and its folded key when given (it must be the word's folded form).</summary>
    public void Add(ReadOnlySpan<char> word, CliticAnalysis analysis, string? key = null)
    {
        if (Volatile.Read(ref _count) < Capacity && _lookup.TryAdd(word, new Entry(analysis, key)))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private readonly record struct Entry(CliticAnalysis Analysis, string? Key);
}
