namespace Akhbar.Arabic.Entities;

/// <summary>
/// How often each stem was tagged as part of a person, place, organization or other name when a tagger read
/// a large unlabeled corpus (<see cref="TypeLexiconBuilder"/>), as a small bucket per type and keyed by the
/// hash of the folded stem (<see cref="WordForms.Stem"/>). A name that the gold data never shows but that the
/// corpus uses a hundred times in the contexts of person names ("قال", "الرئيس ... إن") carries that evidence
/// into every sentence where it appears, even one whose own context says little.
/// </summary>
public sealed class TypeLexicon
{
    /// <summary>Buckets per type: 0 (never or almost never), then rising shares of the stem's occurrences.</summary>
    public const int Buckets = 5;

    /// <summary>Upper share limits of buckets 0 to 3; bucket 4 is everything above the last one.</summary>
    private static readonly double[] Limits = [0.02, 0.1, 0.3, 0.6];

    private const int Types = 4;

    private readonly Dictionary<uint, ushort> _codes;

    public TypeLexicon(Dictionary<uint, ushort> codes)
    {
        _codes = codes;
    }

    public static TypeLexicon Empty { get; } = new([]);

    public int StemCount => _codes.Count;

    /// <summary>The bucket of a share of occurrences (0 to <see cref="Buckets"/> - 1).</summary>
    public static int BucketOf(double share)
    {
        var b = 0;
        while (b < Limits.Length && share >= Limits[b])
        {
            b++;
        }

        return b;
    }

    /// <summary>Packs one bucket per type (PERS, LOC, ORG, MISC) into a code, four bits each.</summary>
    public static ushort Pack(ReadOnlySpan<int> buckets)
    {
        if (buckets.Length != Types)
        {
            throw new ArgumentException("One bucket per entity type is needed.", nameof(buckets));
        }

        var code = 0;
        for (var t = 0; t < Types; t++)
        {
            code |= buckets[t] << (4 * t);
        }

        return (ushort)code;
    }

    /// <summary>The bucket of <paramref name="type"/> (0 PERS, 1 LOC, 2 ORG, 3 MISC) in a packed code.</summary>
    public static int BucketIn(int code, int type) => (code >> (4 * type)) & 0xF;

    /// <summary>The packed code of a stem hash (<see cref="Gazetteer.HashOf"/>), or -1 when the corpus did not have the stem often enough.</summary>
    public int CodeOf(uint stemHash) => _codes.TryGetValue(stemHash, out var code) ? code : -1;

    public void Save(BinaryWriter w)
    {
        w.Write(_codes.Count);
        foreach (var (hash, code) in _codes.OrderBy(c => c.Key))
        {
            w.Write(hash);
            w.Write(code);
        }
    }

    public static TypeLexicon Load(BinaryReader r)
    {
        var count = r.ReadInt32();
        var codes = new Dictionary<uint, ushort>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = r.ReadUInt32();
            codes[hash] = r.ReadUInt16();
        }

        return new TypeLexicon(codes);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);
        Save(w);
    }

    public static TypeLexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{path}: no such type lexicon file.");
        }

        using var file = File.OpenRead(path);
        using var r = new BinaryReader(file);
        try
        {
            return Load(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or OverflowException)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{path}: not a type lexicon file ({e.Message}).");
        }
    }
}
