using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// How much a stem looks like a person, place, organization or other name from its letters alone: a
/// multinomial logistic regression over hashed letter n-grams of the stem with its edges marked ("^لافروف$"),
/// learned from name lists and from the stems of a large corpus (<see cref="NameLikenessLearner"/>). It gives
/// a guess for every word, also for the names that neither the gold data nor the corpus has ever shown
/// (transliterated foreign names share letter patterns: "وف$", "^جو", "ي$" in nisbas and "ستان$" in places),
/// where the type lexicon and the word classes know nothing. Read-only after it is built, so thread-safe.
/// </summary>
public sealed class NameLikeness
{
    /// <summary>The classes scored, in this order: PERS, LOC, ORG, MISC (as <see cref="BioTags.TypeOf"/>), then not a name.</summary>
    public const int Classes = 5;

    /// <summary>The class of words that are not part of a name.</summary>
    public const int Outside = 4;

    /// <summary>Letter n-grams of these lengths are the features.</summary>
    public const int MinGram = 2;

    public const int MaxGram = 5;

    /// <summary>Upper probability limits of the buckets the tagger sees; the last bucket is everything above the last limit.</summary>
    private static readonly float[] Limits = [0.05f, 0.15f, 0.3f, 0.5f, 0.7f];

    private const char Edge = '^';
    private const char End = '$';

    /// <summary>Weights: per hash bucket, one weight per class.</summary>
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>A scorer with the given weights (<paramref name="weights"/>.Length = buckets × <see cref="Classes"/>, buckets a power of two).</summary>
    public NameLikeness(float[] weights)
    {
        var buckets = weights.Length / Classes;
        if (weights.Length % Classes != 0 || (buckets & (buckets - 1)) != 0)
        {
            throw new ArgumentException("The weights must hold a power of two of buckets of one weight per class.", nameof(weights));
        }

        _weights = weights;
        _mask = buckets - 1;
    }

    /// <summary>No scorer: <see cref="IsEmpty"/>, and a model trained without one has no such features.</summary>
    public static NameLikeness Empty { get; } = new([]);

    public bool IsEmpty => _weights.Length == 0;

    /// <summary>Number of hash buckets.</summary>
    public int BucketCount => _weights.Length / Classes;

    /// <summary>The bucket of a probability, 0 to <see cref="Buckets"/> - 1.</summary>
    public static int BucketOf(float probability)
    {
        var b = 0;
        while (b < Limits.Length && probability >= Limits[b])
        {
            b++;
        }

        return b;
    }

    /// <summary>Number of buckets of <see cref="BucketOf"/>.</summary>
    public static int Buckets => Limits.Length + 1;

    /// <summary>
    /// Writes to <paramref name="hashes"/> the hash of every letter n-gram (<see cref="MinGram"/> to
    /// <see cref="MaxGram"/> letters) of the stem with its edges marked, and returns their number; a stem is cut
    /// to its first 30 letters. The learner and the scorer share it.
    /// </summary>
    public static int Grams(ReadOnlySpan<char> stem, Span<uint> hashes)
    {
        Span<char> marked = stackalloc char[Math.Min(stem.Length, 30) + 2];
        marked[0] = Edge;
        stem[..(marked.Length - 2)].CopyTo(marked[1..]);
        marked[^1] = End;
        var c = 0;
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= marked.Length && c < hashes.Length; i++)
            {
                hashes[c++] = FeatureHash.Of(n, marked.Slice(i, n));
            }
        }

        return c;
    }

    /// <summary>The name type (0 PERS to 3 MISC) with the highest probability, the first of equals.</summary>
    public static int MostLikelyName(ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var t = 1; t < Outside; t++)
        {
            best = probabilities[t] > probabilities[best] ? t : best;
        }

        return best;
    }

    /// <summary>Most n-grams a stem yields (<see cref="Grams"/>).</summary>
    public const int MaxGrams = 4 * 32;

    /// <summary>The probability of each class (<see cref="Classes"/> of them) for a stem.</summary>
    public void Probabilities(ReadOnlySpan<char> stem, Span<float> probabilities)
    {
        Span<uint> grams = stackalloc uint[MaxGrams];
        var n = Grams(stem, grams);
        Scores(grams[..n], probabilities);
        Softmax(probabilities);
    }

    /// <summary>The summed weights of the n-grams per class (before the softmax).</summary>
    internal void Scores(ReadOnlySpan<uint> grams, Span<float> scores)
    {
        scores[..Classes].Clear();
        if (IsEmpty)
        {
            return;
        }

        foreach (var g in grams)
        {
            var row = _weights.AsSpan((int)(g & (uint)_mask) * Classes, Classes);
            for (var k = 0; k < Classes; k++)
            {
                scores[k] += row[k];
            }
        }
    }

    /// <summary>The weight row of one n-gram hash, which the learner updates.</summary>
    internal Span<float> Row(uint gram) => _weights.AsSpan((int)(gram & (uint)_mask) * Classes, Classes);

    internal static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        for (var k = 0; k < Classes; k++)
        {
            max = MathF.Max(max, scores[k]);
        }

        var sum = 0f;
        for (var k = 0; k < Classes; k++)
        {
            scores[k] = MathF.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < Classes; k++)
        {
            scores[k] /= sum;
        }
    }

    /// <summary>Written as half-precision floats: the tagger only sees buckets of the probabilities.</summary>
    public void Save(BinaryWriter w)
    {
        w.Write(BucketCount);
        foreach (var x in _weights)
        {
            w.Write((Half)x);
        }
    }

    public static NameLikeness Load(BinaryReader r)
    {
        var buckets = r.ReadInt32();
        if (buckets < 0 || buckets > 1 << 24)
        {
            throw new InvalidDataException($"name-likeness table of {buckets} buckets");
        }

        var weights = new float[buckets * Classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return buckets == 0 ? Empty : new NameLikeness(weights);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);
        Save(w);
    }

    public static NameLikeness Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such name-likeness file.");
        }

        using var file = File.OpenRead(path);
        using var r = new BinaryReader(file);
        try
        {
            return Load(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException or OverflowException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not a name-likeness file ({e.Message}).");
        }
    }
}
