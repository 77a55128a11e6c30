namespace Akhbar.Arabic.Entities;

/// <summary>Settings of <see cref="EmbeddingLearner"/>.</summary>
public sealed record EmbeddingOptions
{
    /// <summary>How many of the most frequent stems get vectors (and classes).</summary>
    public int Vocabulary { get; init; } = 40_000;

    /// <summary>How many of the most frequent stems count as context words.</summary>
    public int Contexts { get; init; } = 5_000;

    /// <summary>Context words up to this many places each side, on either side alike.</summary>
    public int Window { get; init; } = 4;

    /// <summary>Dimensions kept from the singular value decomposition.</summary>
    public int Dimensions { get; init; } = 128;

    /// <summary>Power iterations of the randomized decomposition (more: closer to the exact singular vectors).</summary>
    public int PowerIterations { get; init; } = 2;

    /// <summary>The exponent of the singular values in the word vectors (0.5 weighs the dimensions more evenly than 1).</summary>
    public double SingularExponent { get; init; } = 0.5;

    public int[] Sizes { get; init; } = [100, 400, 1600];

    public int Iterations { get; init; } = 10;

    public int Seed { get; init; } = 11;
}

/// <summary>
/// Learns dense word vectors from unlabeled text and groups them into classes (<see cref="WordClusters"/>)
/// at a few granularities. Unlike <see cref="ClusterLearner"/>, which describes a stem by its immediate left
/// and right neighbours (what grammar lets stand next to it), a stem is described here by the words within a
/// wider window on both sides (what it is talked about with: sports, politics, a country's names), as the
/// positive PMI of each context word, reduced to a few dimensions by a randomized singular value
/// decomposition (Halko, Martinsson and Tropp 2011). Stems whose rows differ only by noise end up near each
/// other, which a random projection does not do. Deterministic for a given text and seed.
/// </summary>
public static class EmbeddingLearner
{
    public static WordClusters Learn(IEnumerable<string> texts, EmbeddingOptions options, TextWriter? log = null)
    {
        var (vectors, stems) = Vectors(texts, options, log);
        var vocabulary = stems.Count;
        var sizes = options.Sizes;
        var classes = new ushort[vocabulary * sizes.Length];
        for (var g = 0; g < sizes.Length; g++)
        {
            var assignment = ClusterLearner.KMeans(vectors, vocabulary, options.Dimensions, Math.Min(sizes[g], vocabulary), options.Iterations);
            for (var r = 0; r < vocabulary; r++)
            {
                classes[(r * sizes.Length) + g] = (ushort)assignment[r];
            }

            log?.WriteLine($"embeddings: {sizes[g]} classes done");
        }

        var rows = new Dictionary<uint, int>(vocabulary);
        var kept = new List<int>();
        for (var r = 0; r < vocabulary; r++)
        {
            // Two stems with one hash would share a row: keep the more frequent one.
            if (rows.TryAdd(Gazetteer.HashOf(stems[r]), kept.Count))
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

    /// <summary>
    /// The unit-length vectors of the most frequent stems (row r of <c>vectors</c>, <see cref="EmbeddingOptions.Dimensions"/>
    /// wide, is the stem <c>stems[r]</c>), in frequency order.
    /// </summary>
    public static (float[] Vectors, List<string> Stems) Vectors(IEnumerable<string> texts, EmbeddingOptions options, TextWriter? log = null)
    {
        var stems = StemSequence.Read(texts, options.Vocabulary, options.Contexts);
        var (sequence, names, byFrequency, row, column) = (stems.Ids, stems.Stems, stems.ByFrequency, stems.Row, stems.Column);
        var (vocabulary, contexts) = (stems.Vocabulary, stems.Contexts);

        log?.WriteLine($"embeddings: {sequence.Count:N0} tokens, {names.Count:N0} distinct stems; {vocabulary:N0} with vectors, {contexts:N0} contexts, window {options.Window}");

        // Counts of the context words within the window, in a dense table (rows × contexts), then positive PMI.
        var cooc = new float[(long)vocabulary * contexts];
        for (var i = 0; i < sequence.Count; i++)
        {
            var id = sequence[i];
            if (id < 0 || row[id] < 0)
            {
                continue;
            }

            var at = (long)row[id] * contexts;
            for (var side = -1; side <= 1; side += 2)
            {
                for (var d = 1; d <= options.Window; d++)
                {
                    var j = i + (side * d);
                    if (j < 0 || j >= sequence.Count || sequence[j] < 0)
                    {
                        break;
                    }

                    if (column[sequence[j]] >= 0)
                    {
                        cooc[at + column[sequence[j]]]++;
                    }
                }
            }
        }

        var ppmi = SparseRows.FromDense(ClusterLearner.Ppmi(cooc, vocabulary, contexts), vocabulary, contexts);
        cooc = null;
        log?.WriteLine($"embeddings: {ppmi.NonZeros:N0} positive PMI cells");
        var vectors = RandomizedSvd(ppmi, options);
        for (var r = 0; r < vocabulary; r++)
        {
            ClusterLearner.Normalize(vectors.AsSpan(r * options.Dimensions, options.Dimensions));
        }

        return (vectors, [.. byFrequency.Take(vocabulary).Select(i => names[i])]);
    }

    /// <summary>
    /// The rows of U·Σ^e for the top <see cref="EmbeddingOptions.Dimensions"/> singular triplets of
    /// <paramref name="a"/>: a random range finder with power iterations, then the exact decomposition of the
    /// small projected matrix (eigenvectors of B·Bᵀ by Jacobi rotations).
    /// </summary>
    private static float[] RandomizedSvd(SparseRows a, EmbeddingOptions options)
    {
        // A few more directions than kept make the top ones accurate; never more than the matrix has.
        var k = Math.Min(options.Dimensions + 16, Math.Min(a.Rows, a.Columns));
        var d = Math.Min(options.Dimensions, k);
        var random = new Random(options.Seed);
        var omega = new float[a.Columns * k];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var transposed = a.Transposed();
        var q = a.Times(omega, k);
        Orthonormalize(q, a.Rows, k);
        for (var p = 0; p < options.PowerIterations; p++)
        {
            var z = transposed.Times(q, k);
            Orthonormalize(z, a.Columns, k);
            q = a.Times(z, k);
            Orthonormalize(q, a.Rows, k);
        }

        // B = Qᵀ A, kept as Bᵀ = Aᵀ Q (columns × k); then B Bᵀ (k × k).
        var bt = transposed.Times(q, k);
        var bbt = new double[k * k];
        for (var c = 0; c < a.Columns; c++)
        {
            var x = bt.AsSpan(c * k, k);
            for (var i = 0; i < k; i++)
            {
                for (var j = i; j < k; j++)
                {
                    bbt[(i * k) + j] += x[i] * x[j];
                }
            }
        }

        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < i; j++)
            {
                bbt[(i * k) + j] = bbt[(j * k) + i];
            }
        }

        var (values, vectors) = SymmetricEigen(bbt, k);
        var order = Enumerable.Range(0, k).OrderByDescending(i => values[i]).Take(d).ToArray();

        // U = Q E; each kept column scaled by σ^e = λ^(e/2).
        var scale = order.Select(i => (float)Math.Pow(Math.Max(values[i], 0), options.SingularExponent / 2)).ToArray();
        var result = new float[a.Rows * options.Dimensions];
        Parallel.For(0, a.Rows, r =>
        {
            var qr = q.AsSpan(r * k, k);
            for (var o = 0; o < d; o++)
            {
                var e = order[o];
                double sum = 0;
                for (var i = 0; i < k; i++)
                {
                    sum += qr[i] * vectors[(i * k) + e];
                }

                result[(r * options.Dimensions) + o] = (float)sum * scale[o];
            }
        });
        return result;
    }

    /// <summary>Modified Gram-Schmidt on the <paramref name="k"/> columns of a row-major matrix.</summary>
    private static void Orthonormalize(float[] m, int rows, int k)
    {
        var column = new double[rows];
        var others = new double[rows * k];
        for (var c = 0; c < k; c++)
        {
            double before = 0;
            for (var r = 0; r < rows; r++)
            {
                column[r] = m[(r * k) + c];
                before += column[r] * column[r];
            }

            for (var p = 0; p < c; p++)
            {
                double dot = 0;
                for (var r = 0; r < rows; r++)
                {
                    dot += column[r] * others[(p * rows) + r];
                }

                for (var r = 0; r < rows; r++)
                {
                    column[r] -= dot * others[(p * rows) + r];
                }
            }

            double norm = 0;
            for (var r = 0; r < rows; r++)
            {
                norm += column[r] * column[r];
            }

            // A column that lay in the span of the earlier ones (the matrix has lower rank) leaves only rounding noise: dropped.
            norm = norm > 1e-12 * before ? Math.Sqrt(norm) : 0;
            for (var r = 0; r < rows; r++)
            {
                var v = norm > 0 ? column[r] / norm : 0;
                others[(c * rows) + r] = v;
                m[(r * k) + c] = (float)v;
            }
        }
    }

    /// <summary>Eigenvalues and eigenvectors (columns of a row-major matrix) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int n)
    {
        var a = (double[])matrix.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (var i = 0; i < n; i++)
            {
                diagonal += a[(i * n) + i] * a[(i * n) + i];
                for (var j = i + 1; j < n; j++)
                {
                    off += a[(i * n) + j] * a[(i * n) + j];
                }
            }

            if (off <= 1e-22 * diagonal)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[(p * n) + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[(k * n) + p];
                        var akq = a[(k * n) + q];
                        a[(k * n) + p] = (c * akp) - (s * akq);
                        a[(k * n) + q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[(p * n) + k];
                        var aqk = a[(q * n) + k];
                        a[(p * n) + k] = (c * apk) - (s * aqk);
                        a[(q * n) + k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[(k * n) + p];
                        var vkq = v[(k * n) + q];
                        v[(k * n) + p] = (c * vkp) - (s * vkq);
                        v[(k * n) + q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[(i * n) + i];
        }

        return (values, v);
    }

    /// <summary>A sparse matrix stored by rows (compressed sparse row).</summary>
    private sealed class SparseRows
    {
        private readonly long[] _starts;
        private readonly int[] _indices;
        private readonly float[] _values;

        private SparseRows(int rows, int columns, long[] starts, int[] indices, float[] values)
        {
            Rows = rows;
            Columns = columns;
            _starts = starts;
            _indices = indices;
            _values = values;
        }

        public int Rows { get; }

        public int Columns { get; }

        public long NonZeros => _values.LongLength;

        public static SparseRows FromDense(float[] dense, int rows, int columns)
        {
            var starts = new long[rows + 1];
            for (var r = 0; r < rows; r++)
            {
                var n = 0;
                for (var c = 0; c < columns; c++)
                {
                    n += dense[((long)r * columns) + c] != 0 ? 1 : 0;
                }

                starts[r + 1] = starts[r] + n;
            }

            var indices = new int[starts[rows]];
            var values = new float[starts[rows]];
            for (var r = 0; r < rows; r++)
            {
                var at = starts[r];
                for (var c = 0; c < columns; c++)
                {
                    var x = dense[((long)r * columns) + c];
                    if (x != 0)
                    {
                        indices[at] = c;
                        values[at++] = x;
                    }
                }
            }

            return new SparseRows(rows, columns, starts, indices, values);
        }

        public SparseRows Transposed()
        {
            var starts = new long[Columns + 1];
            foreach (var c in _indices)
            {
                starts[c + 1]++;
            }

            for (var c = 0; c < Columns; c++)
            {
                starts[c + 1] += starts[c];
            }

            var next = (long[])starts.Clone();
            var indices = new int[_indices.Length];
            var values = new float[_values.Length];
            for (var r = 0; r < Rows; r++)
            {
                for (var at = _starts[r]; at < _starts[r + 1]; at++)
                {
                    var to = next[_indices[at]]++;
                    indices[to] = r;
                    values[to] = _values[at];
                }
            }

            return new SparseRows(Columns, Rows, starts, indices, values);
        }

        /// <summary>This matrix times a dense row-major matrix of <paramref name="k"/> columns.</summary>
        public float[] Times(float[] dense, int k)
        {
            var result = new float[Rows * k];
            Parallel.For(0, Rows, r =>
            {
                var target = result.AsSpan(r * k, k);
                for (var at = _starts[r]; at < _starts[r + 1]; at++)
                {
                    ClusterLearner.Axpy(_values[at], dense.AsSpan(_indices[at] * k, k), target);
                }
            });
            return result;
        }
    }
}
