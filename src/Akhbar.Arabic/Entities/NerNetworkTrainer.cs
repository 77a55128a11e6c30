namespace Akhbar.Arabic.Entities;

/// <summary>
/// Trains the <see cref="NerNetwork"/> of a hybrid tagger together with the linear model
/// (<see cref="PerceptronTrainer"/>): the tag scores of a sentence are the linear model's plus the network's, the
/// sentence is decoded with both, and where the decoded path is wrong the network takes a gradient step on the
/// same loss as the perceptron (the score of the decoded path minus that of the gold path), back through its
/// rectifiers to the rows of the inputs it read. Optionally it also takes a step on a per-word loss of its own
/// (cross-entropy of the softmax of its scores against the gold tag), which teaches it on every word, not only on
/// the mistakes of the whole. Its parameters are averaged over all steps like the perceptron's (the same lazy
/// sums), which smooths the network as it does the linear weights.
/// </summary>
public sealed class NerNetworkTrainer
{
    private const int K = BioTags.Count;

    private readonly NerNetwork _net;
    private readonly double[] _embedTotals;
    private readonly double[] _biasTotals;
    private readonly double[] _outputTotals;
    private readonly double[] _outputBiasTotals;
    private readonly float _rate;
    private readonly float _localWeight;

    // The last forward pass: per word the rectified hidden units and the network's own tag scores.
    private float[] _hidden = [];
    private float[] _scores = [];

    public NerNetworkTrainer(NerNetwork initial, double rate, double localWeight)
    {
        _net = initial;
        _embedTotals = new double[initial.Embed.Length];
        _biasTotals = new double[initial.Hidden];
        _outputTotals = new double[initial.Output.Length];
        _outputBiasTotals = new double[K];
        _rate = (float)rate;
        _localWeight = (float)localWeight;
    }

    public NerNetwork Network => _net;

    /// <summary>
    /// The network's inputs for each word of a sentence, as first-layer rows (<see cref="NerNetwork.Bucket"/>):
    /// first the <see cref="IdentityInputs"/> rows of the word's own identity (form, stem, lexicon buckets), which
    /// word dropout may leave out as it does for the linear model, then the rest of its own features, those of
    /// the words two places either side (or the sentence's edge) and its gazetteer and title features.
    /// </summary>
    public static int[][] Inputs(NerNetwork net, FeatureExtractor features, ReadOnlySpan<WordForms> words)
    {
        var n = words.Length;
        var own = new uint[n][];
        var hashes = new WordHashes[n];
        var starts = new GazetteerStart[n][];
        Span<uint> f = stackalloc uint[FeatureExtractor.MaxPerWord];
        for (var i = 0; i < n; i++)
        {
            own[i] = f[..features.ExtractOwn(words[i], f)].ToArray();
            hashes[i] = features.HashesOf(words[i]);
            starts[i] = features.Gazetteer.StartsOf(words[i]);
        }

        var spans = new uint[n * FeatureExtractor.MaxPerWord];
        var counts = new int[n];
        features.ExtractSpans(words, hashes, starts, spans, counts);
        var result = new int[n][];
        var list = new List<int>();
        for (var i = 0; i < n; i++)
        {
            list.Clear();
            for (var x = 1; x <= IdentityInputs; x++)
            {
                list.Add(net.Bucket(own[i][x], 2));
            }

            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                if (j < 0 || j >= n)
                {
                    FeatureExtractor.ExtractEdge(d, f);
                    list.Add(net.Bucket(f[0], d + 2));
                    continue;
                }

                for (var x = 0; x < own[j].Length; x++)
                {
                    if (d != 0 || x is 0 or > IdentityInputs)
                    {
                        list.Add(net.Bucket(own[j][x], d + 2));
                    }
                }
            }

            foreach (var s in spans.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]))
            {
                list.Add(net.Bucket(s, NerNetwork.SpanPlace));
            }

            result[i] = [.. list];
        }

        return result;
    }

    /// <summary>The form, the stem and the four lexicon buckets: <see cref="FeatureExtractor.ExtractOwn"/>'s features 1 to 6.</summary>
    public const int IdentityInputs = 6;

    /// <summary>
    /// Adds the network's scores of every word to <paramref name="emissions"/> and keeps what the step needs;
    /// <paramref name="dropped"/> words are read without their identity rows.
    /// </summary>
    public void Forward(int[][] inputs, bool[] dropped, float[] emissions)
    {
        var n = inputs.Length;
        var h = _net.Hidden;
        if (_hidden.Length < n * h)
        {
            _hidden = new float[n * h * 2];
            _scores = new float[n * K * 2];
        }

        for (var i = 0; i < n; i++)
        {
            var pre = _hidden.AsSpan(i * h, h);
            pre.Clear();
            _net.AddBuckets(inputs[i].AsSpan(dropped[i] ? IdentityInputs : 0), pre);
            var scores = _scores.AsSpan(i * K, K);
            scores.Clear();
            _net.Forward(pre, pre, scores);
            NerNetwork.Add(scores, emissions.AsSpan(i * K, K));
        }
    }

    /// <summary>
    /// The step after <see cref="Forward"/>: on the words whose decoded tag is wrong, raise the gold tag's score
    /// and lower the decoded one's; with a local weight, also the per-word cross-entropy step on every word.
    /// <paramref name="c"/> is the perceptron's step counter, for the averaged parameters.
    /// </summary>
    public void Step(int[][] inputs, bool[] dropped, int[] gold, int[] predicted, float scale, int c)
    {
        var n = inputs.Length;
        var h = _net.Hidden;
        Span<float> gradient = stackalloc float[K];
        Span<float> p = stackalloc float[K];
        var delta = new float[h];
        var rate = _rate * scale;
        for (var i = 0; i < n; i++)
        {
            gradient.Clear();
            var any = false;
            if (gold[i] != predicted[i])
            {
                gradient[predicted[i]] += 1;
                gradient[gold[i]] -= 1;
                any = true;
            }

            if (_localWeight > 0)
            {
                var scores = _scores.AsSpan(i * K, K);
                var max = float.NegativeInfinity;
                foreach (var s in scores)
                {
                    max = Math.Max(max, s);
                }

                float sum = 0;
                for (var t = 0; t < K; t++)
                {
                    p[t] = MathF.Exp(scores[t] - max);
                    sum += p[t];
                }

                for (var t = 0; t < K; t++)
                {
                    gradient[t] += _localWeight * ((p[t] / sum) - (t == gold[i] ? 1 : 0));
                }

                any = true;
            }

            if (!any)
            {
                continue;
            }

            // Back through the output layer (with its weights before this word's step), then its step.
            var hidden = _hidden.AsSpan(i * h, h);
            var output = _net.Output;
            for (var u = 0; u < h; u++)
            {
                float d = 0;
                if (hidden[u] > 0)
                {
                    for (var t = 0; t < K; t++)
                    {
                        d += output[(u * K) + t] * gradient[t];
                    }
                }

                delta[u] = d;
            }

            for (var t = 0; t < K; t++)
            {
                if (gradient[t] == 0)
                {
                    continue;
                }

                Update(_net.OutputBias, _outputBiasTotals, t, -rate * gradient[t], c);
                for (var u = 0; u < h; u++)
                {
                    if (hidden[u] != 0)
                    {
                        Update(output, _outputTotals, (u * K) + t, -rate * gradient[t] * hidden[u], c);
                    }
                }
            }

            for (var u = 0; u < h; u++)
            {
                if (delta[u] != 0)
                {
                    Update(_net.HiddenBias, _biasTotals, u, -rate * delta[u], c);
                }
            }

            // Every one of the word's inputs moves its row, so the hidden unit moves by the sum of their steps: the
            // step of each row is divided by their number, or the first layer would learn a hundred times faster
            // than the rest and diverge.
            var embed = _net.Embed;
            var read = inputs[i].AsSpan(dropped[i] ? IdentityInputs : 0);
            var rowRate = rate / read.Length;
            foreach (var b in read)
            {
                var row = b * h;
                for (var u = 0; u < h; u++)
                {
                    if (delta[u] != 0)
                    {
                        Update(embed, _embedTotals, row + u, -rowRate * delta[u], c);
                    }
                }
            }
        }
    }

    /// <summary>The averaged network after <paramref name="c"/> steps, its first layer rounded to half precision as it is stored.</summary>
    public NerNetwork Averaged(int c)
    {
        var embed = new float[_net.Embed.Length];
        for (var i = 0; i < embed.Length; i++)
        {
            embed[i] = (float)(Half)(_net.Embed[i] - (_embedTotals[i] / c));
        }

        return new NerNetwork(_net.BucketBits, _net.Hidden, embed, Average(_net.HiddenBias, _biasTotals, c), Average(_net.Output, _outputTotals, c), Average(_net.OutputBias, _outputBiasTotals, c));
    }

    private static float[] Average(float[] weights, double[] totals, int c)
    {
        var result = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = (float)(weights[i] - (totals[i] / c));
        }

        return result;
    }

    private static void Update(float[] weights, double[] totals, int index, float delta, int c)
    {
        weights[index] += delta;
        totals[index] += (double)c * delta;
    }
}
