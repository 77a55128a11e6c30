namespace Akhbar.Storage.Dedup;

/// <summary>
/// Finds the first stored article whose SimHash is within <see cref="MaxDistance"/> bits. Fingerprints are
/// split into <see cref="Bands"/> 16-bit bands; two fingerprints at most three bits apart agree on at least
/// one band (pigeonhole), so only articles sharing a band are compared.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int MaxDistance = 3;
    private const int Bands = 4;

    private readonly Dictionary<ushort, List<(long Id, ulong Hash)>>[] _bands =
        [.. Enumerable.Range(0, Bands).Select(_ => new Dictionary<ushort, List<(long, ulong)>>())];

    public int Count { get; private set; }

    /// <summary>The id of the earliest indexed article near <paramref name="hash"/>, or null.</summary>
    public long? FindNear(ulong hash)
    {
        long? best = null;
        for (var b = 0; b < Bands; b++)
        {
            if (!_bands[b].TryGetValue(Band(hash, b), out var list))
            {
                continue;
            }

            foreach (var (id, h) in list)
            {
                if (SimHash.Distance(h, hash) <= MaxDistance && (best is null || id < best))
                {
                    best = id;
                }
            }
        }

        return best;
    }

    public void Add(long id, ulong hash)
    {
        for (var b = 0; b < Bands; b++)
        {
            var key = Band(hash, b);
            if (!_bands[b].TryGetValue(key, out var list))
            {
                _bands[b][key] = list = [];
            }

            list.Add((id, hash));
        }

        Count++;
    }

    private static ushort Band(ulong hash, int band) => (ushort)(hash >> (band * 16));
}
