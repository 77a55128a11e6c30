namespace Akhbar.Arabic.Entities;

/// <summary>
/// A read-only map from feature hash to weight row, as an open-addressing table with linear probing. Key
/// and row sit side by side in one array, so that a lookup, which dominates tagging and mostly misses the
/// cache, touches one cache line instead of the several of a <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
public sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows)
    {
        var size = 1;
        while (size < rows.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1));
        _mask = size - 1;
        foreach (var (key, row) in rows)
        {
            var slot = (int)(key & (uint)_mask);
            while (_slots[slot].Row >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var s = _slots[slot];
            if (s.Row < 0 || s.Key == key)
            {
                return s.Row;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(uint Key, int Row);
}
