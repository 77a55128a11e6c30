using System.Numerics;
using System.Text;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>Settings of <see cref="ClusterLearner"/>.</summary>
public sealed record ClusterOptions
{
    /// <summary>How many of the most frequent stems get classes.</summary>
    public int Vocabulary { get; init; } = 40_000;

    /// <summary>How many of the most frequent stems serve as left and right context.</summary>
    public int Contexts { get; init; } = 600;

    /// <summary>Dimensions of the random projection of the context vectors.</summary>
    public int Dimensions { get; init; } = 128;

    public int[] Sizes { get; init; } = [64, 256, 1024];

    public int Iterations { get; init; } = 10;

    public int Seed { get; init; } = 7;
}

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabeled text: each frequent stem is described by the positive
/// pointwise mutual information of its immediate left and right neighbours, projected to a few dimensions
/// with a seeded random matrix, and grouped by spherical k-means at each granularity. Deterministic for a
/// given text and seed; runs over a few million words in a minute or two.
/// </summary>
public static class ClusterLearner
{
    public static WordClusters Learn(IEnumerable<string> texts, ClusterOptions options, TextWriter? log = null)
    {
        var stems = StemSequence.Read(texts, options.Vocabulary, options.Contexts);
        var (sequence, names, byFrequency, row, column) = (stems.Ids, stems.Stems, stems.ByFrequency, stems.Row, stems.Column);
        var (vocabulary, contexts) = (stems.Vocabulary, stems.Contexts);

        log?.WriteLine($"clusters: {sequence.Count:N0} tokens, {names.Count:N0} distinct stems; {vocabulary:N0} clustered, {contexts} contexts");

        // Co-occurrence counts: columns [0, contexts) the left neighbour, [contexts, 2 contexts) the right one.
        var width = 2 * contexts;
        var cooc = new float[vocabulary * width];
        for (var i = 0; i < sequence.Count; i++)
        {
            var id = sequence[i];
            if (id < 0 || row[id] < 0)
            {
                continue;
            }

            var r = row[id];
            if (i > 0 && sequence[i - 1] >= 0 && column[sequence[i - 1]] >= 0)
            {
                cooc[(r * width) + column[sequence[i - 1]]]++;
            }

            if (i + 1 < sequence.Count && sequence[i + 1] >= 0 && column[sequence[i + 1]] >= 0)
            {
                cooc[(r * width) + contexts + column[sequence[i + 1]]]++;
            }
        }

        var vectors = Project(Ppmi(cooc, vocabulary, width), vocabulary, width, options);
        var sizes = options.Sizes;
        var classes = new ushort[vocabulary * sizes.Length];
        for (var g = 0; g < sizes.Length; g++)
        {
            var assignment = KMeans(vectors, vocabulary, options.Dimensions, Math.Min(sizes[g], vocabulary), options.Iterations);
            for (var r = 0; r < vocabulary; r++)
            {
                classes[(r * sizes.Length) + g] = (ushort)assignment[r];
            }

            log?.WriteLine($"clusters: {sizes[g]} classes done");
        }

        var rows = new Dictionary<uint, int>(vocabulary);
        var kept = new List<int>();
        for (var r = 0; r < vocabulary; r++)
        {
            // Two stems with one hash would share a row: keep the more frequent one.
            if (rows.TryAdd(Gazetteer.HashOf(names[byFrequency[r]]), kept.Count))
            {
                kept.Add(r);
            }
        }

        var table = new ushort[kept.Count * sizes.Length];
        for (var k = 0; k < kept.Count; k++)
        {
            Array.Copy(classes, kept[k] * sizes.Length, table, k * sizes.Length, sizes.Length);
        }

        return new WordClusters(sizes, rows, table);
    }

    /// <summary>The stems of a text as the tagger sees them (<see cref="WordForms.Stem"/>); punctuation marks as themselves.</summary>
    public static IEnumerable<string> Words(string text, StringBuilder word)
    {
        foreach (var token in CorpusTokenizer.Tokens(text, word))
        {
            if (token == CorpusTokenizer.LineBreak)
            {
                continue;
            }

            yield return CorpusTokenizer.IsWord(token) ? WordForms.FromKey(token).Stem.ToString() : token;
        }
    }

    /// <summary>Turns co-occurrence counts (rows × width, in place) into positive PMI with smoothed context frequencies.</summary>
    internal static float[] Ppmi(float[] cooc, int rows, int width)
    {
        var rowSums = new double[rows];
        var columnSums = new double[width];
        double total = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var v = cooc[(r * width) + c];
                rowSums[r] += v;
                columnSums[c] += v;
                total += v;
            }
        }

        // Context distribution smoothing (exponent 0.75) keeps rare contexts from dominating.
        var smoothed = columnSums.Select(s => Math.Pow(s, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var v = cooc[(r * width) + c];
                if (v <= 0 || rowSums[r] <= 0)
                {
                    cooc[(r * width) + c] = 0;
                    continue;
                }

                var pmi = Math.Log(v / rowSums[r] / (smoothed[c] / smoothedTotal));
                cooc[(r * width) + c] = pmi > 0 ? (float)pmi : 0;
            }
        }

        return cooc;
    }

    private static float[] Project(float[] matrix, int rows, int width, ClusterOptions options)
    {
        var d = options.Dimensions;
        var random = new Random(options.Seed);
        var projection = new float[width * d];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var vectors = new float[rows * d];
        Parallel.For(0, rows, r =>
        {
            var target = vectors.AsSpan(r * d, d);
            for (var c = 0; c < width; c++)
            {
                var v = matrix[(r * width) + c];
                if (v != 0)
                {
                    Axpy(v, projection.AsSpan(c * d, d), target);
                }
            }

            Normalize(target);
        });
        return vectors;
    }

    /// <summary>Spherical k-means, started from the most frequent words (rows are in frequency order).</summary>
    internal static int[] KMeans(float[] vectors, int rows, int d, int k, int iterations)
    {
        var centroids = new float[k * d];
        var step = Math.Max(1, rows / k / 4);
        for (var c = 0; c < k; c++)
        {
            vectors.AsSpan((c * step % rows) * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }

        var assignment = new int[rows];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, rows, r =>
            {
                var v = vectors.AsSpan(r * d, d);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var s = Dot(v, centroids.AsSpan(c * d, d));
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = c;
                    }
                }

                assignment[r] = best;
            });

            Array.Clear(centroids);
            for (var r = 0; r < rows; r++)
            {
                Axpy(1, vectors.AsSpan(r * d, d), centroids.AsSpan(assignment[r] * d, d));
            }

            for (var c = 0; c < k; c++)
            {
                Normalize(centroids.AsSpan(c * d, d));
            }
        }

        return assignment;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    internal static void Axpy(float alpha, ReadOnlySpan<float> x, Span<float> y)
    {
        // Element by element, multiply then add, as the scalar loop does: the same sums, a few at a time.
        var i = 0;
        var a = new Vector<float>(alpha);
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(y[i..]) + (a * new Vector<float>(x[i..]))).CopyTo(y[i..]);
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    internal static void Normalize(Span<float> v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }
    }
}
