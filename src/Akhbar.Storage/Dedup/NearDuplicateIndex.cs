namespace Akhbar.Storage.Dedup;

/// <summary>
/// Finds the first stored article whose shingle set is at least <see cref="MinSimilarity"/> similar, by
/// locality-sensitive hashing: the 64 MinHash values are cut into 16 bands of 4; articles that agree on a
/// whole band are candidates (a pair at 0.8 similarity is a candidate with probability 0.98, a pair at 0.3
/// with probability 0.12), and candidates are then checked on the whole signature.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Estimated Jaccard similarity of word 3-shingles above which two articles are the same story.</summary>
    public const double MinSimilarity = 0.75;

    private const int Rows = 4;
    private const int Bands = MinHash.Size / Rows;

    private readonly Dictionary<ulong, List<int>>[] _bands = [.. Enumerable.Range(0, Bands).Select(_ => new Dictionary<ulong, List<int>>())];
    private readonly List<(long Id, uint[] Signature)> _entries = [];

    public int Count => _entries.Count;

    /// <summary>The id of the earliest indexed article that is a near-duplicate of <paramref name="signature"/>, or null.</summary>
    public long? FindNear(uint[] signature)
    {
        long? best = null;
        for (var b = 0; b < Bands; b++)
        {
            if (!_bands[b].TryGetValue(BandKey(signature, b), out var list))
            {
                continue;
            }

            foreach (var i in list)
            {
                var (id, other) = _entries[i];
                if ((best is null || id < best) && MinHash.Similarity(signature, other) >= MinSimilarity)
                {
                    best = id;
                }
            }
        }

        return best;
    }

    public void Add(long id, uint[] signature)
    {
        var index = _entries.Count;
        _entries.Add((id, signature));
        for (var b = 0; b < Bands; b++)
        {
            var key = BandKey(signature, b);
            if (!_bands[b].TryGetValue(key, out var list))
            {
                _bands[b][key] = list = [];
            }

            list.Add(index);
        }
    }

    private static ulong BandKey(uint[] s, int band)
    {
        var h = 1469598103934665603UL;
        for (var r = band * Rows; r < (band + 1) * Rows; r++)
        {
            h = (h ^ s[r]) * 1099511628211UL;
        }

        return h;
    }
}
