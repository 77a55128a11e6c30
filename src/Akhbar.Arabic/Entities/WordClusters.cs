namespace Akhbar.Arabic.Entities;

/// <summary>
/// Distributional word classes at a few granularities (for example 64, 256 and 1024 classes), learned by
/// <see cref="ClusterLearner"/> from unlabeled text and keyed by the hash of the folded stem
/// (<see cref="WordForms.Stem"/>). Words that appear in similar contexts share classes, so a first name or a
/// transliterated foreign name never seen in the gold data still looks like the names that were.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<uint, int> _rows;
    private readonly ushort[] _classes;

    public WordClusters(int[] sizes, Dictionary<uint, int> rows, ushort[] classes)
    {
        if (classes.Length != rows.Count * sizes.Length)
        {
            throw new ArgumentException("Class table does not match the word rows.");
        }

        Sizes = sizes;
        _rows = rows;
        _classes = classes;
    }

    public static WordClusters Empty { get; } = new([], [], []);

    /// <summary>The number of classes of each granularity.</summary>
    public int[] Sizes { get; }

    public int WordCount => _rows.Count;

    /// <summary>The classes of a stem, one per granularity, or an empty span when the stem is unknown.</summary>
    public ReadOnlySpan<ushort> Of(ReadOnlySpan<char> stem) => OfHash(Gazetteer.HashOf(stem));

    /// <summary>The classes of a stem given its hash (<see cref="Gazetteer.HashOf"/>).</summary>
    public ReadOnlySpan<ushort> OfHash(uint stemHash) => OfRow(RowOf(stemHash));

    /// <summary>The row of a stem hash, or -1 when the stem has no classes.</summary>
    public int RowOf(uint stemHash) => _rows.TryGetValue(stemHash, out var row) ? row : -1;

    /// <summary>The classes of a row given by <see cref="RowOf"/>; empty for -1.</summary>
    public ReadOnlySpan<ushort> OfRow(int row) => row < 0 ? [] : _classes.AsSpan(row * Sizes.Length, Sizes.Length);

    public void Save(BinaryWriter w)
    {
        w.Write(Sizes.Length);
        foreach (var s in Sizes)
        {
            w.Write(s);
        }

        w.Write(_rows.Count);
        foreach (var (hash, row) in _rows.OrderBy(r => r.Value))
        {
            w.Write(hash);
            for (var g = 0; g < Sizes.Length; g++)
            {
                w.Write(_classes[(row * Sizes.Length) + g]);
            }
        }
    }

    public static WordClusters Load(BinaryReader r)
    {
        var sizes = new int[r.ReadInt32()];
        for (var g = 0; g < sizes.Length; g++)
        {
            sizes[g] = r.ReadInt32();
        }

        var count = r.ReadInt32();
        var rows = new Dictionary<uint, int>(count);
        var classes = new ushort[count * sizes.Length];
        for (var row = 0; row < count; row++)
        {
            rows[r.ReadUInt32()] = row;
            for (var g = 0; g < sizes.Length; g++)
            {
                classes[(row * sizes.Length) + g] = r.ReadUInt16();
            }
        }

        return new WordClusters(sizes, rows, classes);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);
        Save(w);
    }

    public static WordClusters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{path}: no such clusters file.");
        }

        using var file = File.OpenRead(path);
        using var r = new BinaryReader(file);
        try
        {
            return Load(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or OverflowException or InvalidDataException)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{path}: not a clusters file ({e.Message}).");
        }
    }
}
