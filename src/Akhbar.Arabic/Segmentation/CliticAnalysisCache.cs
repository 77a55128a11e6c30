using System.Collections.Concurrent;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Remembers the analysis of words as written (not folded: the letters that folding hides take part in the
/// decision), so that the frequent words of a corpus are analysed once. Safe to share across threads; lookups take
/// spans and allocate nothing. It stops growing at <see cref="Capacity"/> entries, which keeps memory flat on any
/// corpus while the common words, seen first, stay cached.
/// </summary>
public sealed class CliticAnalysisCache
{
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, CliticAnalysis> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CliticAnalysis>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CliticAnalysisCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _entries.Count;

    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis) => _lookup.TryGetValue(word, out analysis);

    public void Add(ReadOnlySpan<char> word, CliticAnalysis analysis)
    {
        if (_entries.Count < Capacity)
        {
            _lookup.TryAdd(word, analysis);
        }
    }
}
