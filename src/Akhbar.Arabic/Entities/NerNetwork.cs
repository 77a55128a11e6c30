using System.Numerics;
using System.Runtime.InteropServices;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The non-linear half of a hybrid tagger: a window network (after Collobert et al. 2011) whose per-tag scores
/// are added to the linear model's before Viterbi. Its input is the word's own features
/// (<see cref="FeatureExtractor.ExtractOwn"/>: forms, affixes, shape, classes, lexicon buckets, name likeness) of
/// the words two places either side and itself, each hashed with its place into one of 2^<see cref="BucketBits"/>
/// rows of a first-layer table (the hashing trick), and the word's gazetteer and title features
/// (<see cref="FeatureExtractor.ExtractSpans"/>) in a place of their own. The hidden layer is the sum of those rows
/// and a bias, through a rectifier; the output layer maps it to one score per BIO tag.
/// </summary>
/// <remarks>
/// The first layer is linear in the inputs of each place, so a tagger sums a word's rows once per distinct word
/// and place (<see cref="CachedWord"/>) as it does the linear model's weights; per occurrence remain five
/// additions of <see cref="Hidden"/> numbers, the rare gazetteer rows, the rectifier and the output layer. What
/// the linear model cannot do is weigh a combination of inputs (a word the lexicon reads as a person after a word
/// whose class is that of verbs of saying) other than as the sum of their weights; the hidden units can.
/// </remarks>
public sealed class NerNetwork
{
    private const int K = BioTags.Count;

    /// <summary>Places of the inputs: the words at -2 .. +2 (0 .. 4), then the word's gazetteer and title features.</summary>
    public const int Places = 6;

    /// <summary>The place of the gazetteer and title features of the tagged word.</summary>
    public const int SpanPlace = 5;

    /// <param name="embed">The first layer: 2^bucketBits rows of <paramref name="hidden"/> numbers.</param>
    /// <param name="hiddenBias">The bias of each hidden unit.</param>
    /// <param name="output">The output layer: per hidden unit, its weight for each of the <see cref="BioTags.Count"/> tags.</param>
    /// <param name="outputBias">The bias of each tag.</param>
    public NerNetwork(int bucketBits, int hidden, float[] embed, float[] hiddenBias, float[] output, float[] outputBias)
    {
        if (bucketBits is < 4 or > 24 || hidden < 1 || embed.Length != (1 << bucketBits) * hidden || hiddenBias.Length != hidden
            || output.Length != hidden * K || outputBias.Length != K)
        {
            throw new ArgumentException("Network arrays do not match its sizes.");
        }

        BucketBits = bucketBits;
        Hidden = hidden;
        Embed = embed;
        HiddenBias = hiddenBias;
        Output = output;
        OutputBias = outputBias;
    }

    public int BucketBits { get; }

    public int Hidden { get; }

    /// <summary>The first-layer rows (<see cref="Bucket"/> × <see cref="Hidden"/>); the trainer updates them in place.</summary>
    internal float[] Embed { get; }

    internal float[] HiddenBias { get; }

    internal float[] Output { get; }

    internal float[] OutputBias { get; }

    /// <summary>A fresh network with small random weights (seeded): uniform in ±1/√(inputs) for the first layer, ±1/√(hidden) for the output.</summary>
    public static NerNetwork Random(int bucketBits, int hidden, int seed, int typicalInputs = 150)
    {
        var random = new Random(seed);
        var embed = new float[(1 << bucketBits) * hidden];
        var scale = 1.0 / Math.Sqrt(typicalInputs);
        for (var i = 0; i < embed.Length; i++)
        {
            embed[i] = (float)(((random.NextDouble() * 2) - 1) * scale);
        }

        var output = new float[hidden * K];
        var outScale = 1.0 / Math.Sqrt(hidden);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)(((random.NextDouble() * 2) - 1) * outScale);
        }

        // A small positive bias keeps most rectifiers alive at the start.
        var bias = new float[hidden];
        Array.Fill(bias, 0.1f);
        return new NerNetwork(bucketBits, hidden, embed, bias, output, new float[K]);
    }

    /// <summary>The first-layer row of <paramref name="feature"/> at <paramref name="place"/> (0 .. <see cref="Places"/> - 1).</summary>
    public int Bucket(uint feature, int place)
    {
        var h = (feature ^ ((uint)(place + 1) * 0x9E3779B1u)) * 0x85EBCA6Bu;
        h ^= h >> 15;
        h *= 0xC2B2AE35u;
        return (int)(h >> (32 - BucketBits));
    }

    /// <summary>Adds the first-layer rows of <paramref name="features"/> at <paramref name="place"/> to <paramref name="into"/> (<see cref="Hidden"/> long).</summary>
    public void AddRows(ReadOnlySpan<uint> features, int place, Span<float> into)
    {
        foreach (var f in features)
        {
            Add(Embed.AsSpan(Bucket(f, place) * Hidden, Hidden), into);
        }
    }

    /// <summary>Adds the first-layer rows of the given buckets (<see cref="Bucket"/>) to <paramref name="into"/>.</summary>
    public void AddBuckets(ReadOnlySpan<int> buckets, Span<float> into)
    {
        foreach (var b in buckets)
        {
            Add(Embed.AsSpan(b * Hidden, Hidden), into);
        }
    }

    /// <summary>
    /// The hidden layer and the tag scores from the summed first-layer rows: <paramref name="hidden"/> gets the
    /// rectified units (it may be <paramref name="preActivation"/> itself), and the tag scores are added to
    /// <paramref name="scores"/>.
    /// </summary>
    public void Forward(ReadOnlySpan<float> preActivation, Span<float> hidden, Span<float> scores)
    {
        Span<float> tags = stackalloc float[K];
        OutputBias.AsSpan().CopyTo(tags);
        var bias = HiddenBias.AsSpan();
        var output = Output.AsSpan();
        for (var u = 0; u < Hidden; u++)
        {
            var x = preActivation[u] + bias[u];
            x = x > 0 ? x : 0;
            hidden[u] = x;
            if (x != 0)
            {
                var w = output.Slice(u * K, K);
                for (var t = 0; t < K; t++)
                {
                    tags[t] += x * w[t];
                }
            }
        }

        for (var t = 0; t < K; t++)
        {
            scores[t] += tags[t];
        }
    }

    /// <summary>Adds <paramref name="from"/> to <paramref name="to"/>, element by element, a vector at a time.</summary>
    public static void Add(ReadOnlySpan<float> from, Span<float> to)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && from.Length >= Vector<float>.Count)
        {
            var a = MemoryMarshal.Cast<float, Vector<float>>(from);
            var b = MemoryMarshal.Cast<float, Vector<float>>(to);
            for (var v = 0; v < a.Length; v++)
            {
                b[v] += a[v];
            }

            i = a.Length * Vector<float>.Count;
        }

        for (; i < from.Length; i++)
        {
            to[i] += from[i];
        }
    }

    public void Save(BinaryWriter w)
    {
        w.Write(BucketBits);
        w.Write(Hidden);
        foreach (var x in Embed)
        {
            w.Write((Half)x);
        }

        foreach (var array in (float[][])[HiddenBias, Output, OutputBias])
        {
            foreach (var x in array)
            {
                w.Write(x);
            }
        }
    }

    public static NerNetwork Load(BinaryReader r)
    {
        var bits = r.ReadInt32();
        var hidden = r.ReadInt32();
        if (bits is < 4 or > 24 || hidden is < 1 or > 4096)
        {
            throw new InvalidDataException($"network of 2^{bits} rows × {hidden} hidden units");
        }

        var embed = new float[(1 << bits) * hidden];
        for (var i = 0; i < embed.Length; i++)
        {
            embed[i] = (float)r.ReadHalf();
        }

        var bias = new float[hidden];
        var output = new float[hidden * K];
        var outputBias = new float[K];
        foreach (var array in (float[][])[bias, output, outputBias])
        {
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = r.ReadSingle();
            }
        }

        return new NerNetwork(bits, hidden, embed, bias, output, outputBias);
    }
}
