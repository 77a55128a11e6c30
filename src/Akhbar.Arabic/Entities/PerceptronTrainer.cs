namespace Akhbar.Arabic.Entities;

/// <summary>Settings of <see cref="PerceptronTrainer"/>.</summary>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the shuffle between epochs, so that a training run can be repeated exactly.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Chance that a word is seen without its identity features in a training pass. Without it the
    /// perceptron learns the training words by heart and barely weighs context, word classes and
    /// gazetteers, which are all it has for names it never saw.
    /// </summary>
    public double WordDropout { get; init; } = 0.25;

    /// <summary>
    /// Zero: the plain perceptron step (every mistake moves the weights by one). Above zero: the
    /// cost-augmented passive-aggressive step (PA-I, Crammer et al. 2006) with this cap on its size: the
    /// sentence is decoded with a cost added to every wrong tag, so that the gold path has to win by a margin
    /// as large as the cost of the mistake, and the step is just large enough for that margin.
    /// </summary>
    public double Aggressiveness { get; init; }

    /// <summary>
    /// Cost of a wrong tag where the gold tag is part of a name, in the cost-augmented decoding of the
    /// passive-aggressive step (a wrong tag on an O word costs 1). Above 1 the learner is pushed to find
    /// names rather than miss them: the model's mistakes are mostly missed names.
    /// </summary>
    public double MissCost { get; init; } = 1;

    /// <summary>
    /// Size of the updates made on the extra (pseudo-labeled) sentences of <see cref="PerceptronTrainer.Train"/>,
    /// relative to those made on gold sentences: a model's own labels on unlabeled text are noisier than gold.
    /// </summary>
    public double ExtraWeight { get; init; } = 1;

    /// <summary>Learn tag trigram weights and decode with <see cref="SecondOrderDecoder"/>.</summary>
    public bool SecondOrder { get; init; }

    /// <summary>Hidden units of a <see cref="NerNetwork"/> trained with the linear model and added to its scores (0: a linear model only).</summary>
    public int Hidden { get; init; }

    /// <summary>The network's first layer has 2^this rows (the inputs are hashed into them).</summary>
    public int HiddenBucketBits { get; init; } = 15;

    /// <summary>The network's learning rate, against the perceptron's step of one per feature.</summary>
    public double HiddenRate { get; init; } = 0.02;

    /// <summary>Weight of the network's own per-word loss (<see cref="NerNetworkTrainer"/>); 0: it learns from the mistakes of the whole only.</summary>
    public double HiddenLocalWeight { get; init; }
}

/// <summary>
/// Trains a <see cref="NerModel"/> as an averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights, and where the best path differs from the gold path, add the gold
/// features and subtract the predicted ones. The averaged weights, which generalize much better than the
/// last ones, are computed with the usual lazy trick: w_avg = w - u / c, where u accumulates c · update.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly FeatureExtractor _features;

    public PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters, TypeLexicon? lexicon = null, WordClusters? embeddingClasses = null, NameLikeness? nameLikeness = null) =>
        _features = new FeatureExtractor(gazetteer, clusters, lexicon, embeddingClasses, nameLikeness);

    /// <summary>Called after each epoch with the epoch number and the model averaged so far.</summary>
    public Action<int, NerModel>? EpochDone { get; init; }

    /// <summary>
    /// Trains on <paramref name="sentences"/> (gold) and <paramref name="extra"/> (for example sentences of
    /// unlabeled text tagged by an earlier model, <see cref="PseudoLabeler"/>), whose updates are scaled by
    /// <see cref="TrainingOptions.ExtraWeight"/>.
    /// </summary>
    public NerModel Train(IReadOnlyList<LabeledSentence> sentences, TrainingOptions options, string description, IReadOnlyList<LabeledSentence>? extra = null)
    {
        var goldCount = sentences.Count;
        if (extra is { Count: > 0 })
        {
            sentences = [.. sentences, .. extra];
        }

        // Feature rows: every feature of the gold data.
        var rows = new Dictionary<uint, int>();
        var extracted = new List<uint[][]>(sentences.Count);
        foreach (var s in sentences)
        {
            var perWord = Extract(s.Words);
            extracted.Add(perWord);
            foreach (var word in perWord)
            {
                foreach (var f in word)
                {
                    rows.TryAdd(f, rows.Count);
                }
            }
        }

        var trigramRows = new int[(BioTags.Count + 1) * (BioTags.Count + 1)];
        if (options.SecondOrder)
        {
            for (var pp = -1; pp < BioTags.Count; pp++)
            {
                for (var p = -1; p < BioTags.Count; p++)
                {
                    var f = SecondOrderDecoder.TrigramFeature(pp, p);
                    rows.TryAdd(f, rows.Count);
                    trigramRows[((pp + 1) * (BioTags.Count + 1)) + p + 1] = rows[f];
                }
            }
        }

        var goldTags = sentences.Select(s => BioTags.Repair(s.Tags)).ToArray();
        var data = new int[sentences.Count][][];
        for (var s = 0; s < sentences.Count; s++)
        {
            data[s] = extracted[s].Select(word => word.Select(f => rows[f]).ToArray()).ToArray();
        }

        const int k = BioTags.Count;
        var weights = new float[rows.Count * k];
        var totals = new double[rows.Count * k];
        var transitions = new float[(k + 1) * k];
        var transitionTotals = new double[(k + 1) * k];
        var network = options.Hidden > 0 ? new NerNetworkTrainer(NerNetwork.Random(options.HiddenBucketBits, options.Hidden, options.Seed), options.HiddenRate, options.HiddenLocalWeight) : null;
        var networkInputs = network is null ? null : sentences.Select(s => NerNetworkTrainer.Inputs(network.Network, _features, Forms(s.Words))).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var c = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var gold = goldTags[s];
                var dropped = Dropped(data[s], options.WordDropout, random);
                var words = Dropout(data[s], dropped);
                var emissions = Emissions(words, weights);
                network?.Forward(networkInputs![s], dropped, emissions);
                if (options.Aggressiveness > 0)
                {
                    AddCosts(emissions, gold, options.MissCost);
                }

                var predicted = new int[words.Length];
                if (options.SecondOrder)
                {
                    SecondOrderDecoder.Decode(emissions, transitions, Trigrams(trigramRows, weights), predicted);
                }
                else
                {
                    ViterbiDecoder.Decode(emissions, transitions, predicted);
                }

                var wrong = !predicted.AsSpan().SequenceEqual(gold);
                if (network is not null && (wrong || options.HiddenLocalWeight > 0))
                {
                    network.Step(networkInputs![s], dropped, gold, predicted, s >= goldCount ? (float)options.ExtraWeight : 1f, c);
                }

                if (wrong)
                {
                    var step = options.Aggressiveness > 0 ? Step(words, gold, predicted, weights, transitions, options) : 1f;
                    if (s >= goldCount)
                    {
                        step *= (float)options.ExtraWeight;
                    }

                    for (var i = 0; i < words.Length; i++)
                    {
                        var g = gold[i];
                        var p = predicted[i];
                        if (g != p)
                        {
                            foreach (var f in words[i])
                            {
                                Update(weights, totals, (f * k) + g, step, c);
                                Update(weights, totals, (f * k) + p, -step, c);
                            }
                        }

                        var gPrev = i == 0 ? k : gold[i - 1];
                        var pPrev = i == 0 ? k : predicted[i - 1];
                        if (g != p || gPrev != pPrev)
                        {
                            Update(transitions, transitionTotals, (gPrev * k) + g, step, c);
                            Update(transitions, transitionTotals, (pPrev * k) + p, -step, c);
                        }

                        var gBefore = i < 2 ? -1 : gold[i - 2];
                        var pBefore = i < 2 ? -1 : predicted[i - 2];
                        if (options.SecondOrder && (g != p || gPrev != pPrev || gBefore != pBefore))
                        {
                            Update(weights, totals, (trigramRows[((gBefore + 1) * (k + 1)) + (i == 0 ? 0 : gold[i - 1] + 1)] * k) + g, step, c);
                            Update(weights, totals, (trigramRows[((pBefore + 1) * (k + 1)) + (i == 0 ? 0 : predicted[i - 1] + 1)] * k) + p, -step, c);
                        }
                    }
                }

                c++;
            }

            var model = Average(rows, weights, totals, transitions, transitionTotals, c, description, network?.Averaged(c));
            EpochDone?.Invoke(epoch, model);
            if (epoch == options.Epochs)
            {
                return model;
            }
        }

        return Average(rows, weights, totals, transitions, transitionTotals, c, description, network?.Averaged(c));
    }

    private static float[] Trigrams(int[] trigramRows, float[] weights)
    {
        const int k = BioTags.Count;
        var trigrams = new float[trigramRows.Length * k];
        for (var pp = -1; pp < k; pp++)
        {
            for (var p = -1; p < k; p++)
            {
                var row = trigramRows[((pp + 1) * (k + 1)) + p + 1];
                weights.AsSpan(row * k, k).CopyTo(trigrams.AsSpan(SecondOrderDecoder.TrigramIndex(pp, p, 0), k));
            }
        }

        return trigrams;
    }

    /// <summary>Which words are seen without their identity features in this pass (<see cref="TrainingOptions.WordDropout"/>).</summary>
    private static bool[] Dropped(int[][] words, double rate, Random random)
    {
        var dropped = new bool[words.Length];
        if (rate <= 0)
        {
            return dropped;
        }

        for (var i = 0; i < words.Length; i++)
        {
            dropped[i] = random.NextDouble() < rate && words[i].Length > FeatureExtractor.IdentityFirst + FeatureExtractor.IdentityCount;
        }

        return dropped;
    }

    private static int[][] Dropout(int[][] words, bool[] dropped)
    {
        if (!dropped.Contains(true))
        {
            return words;
        }

        var result = new int[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            result[i] = dropped[i]
                ? [.. w.AsSpan(0, FeatureExtractor.IdentityFirst), .. w.AsSpan(FeatureExtractor.IdentityFirst + FeatureExtractor.IdentityCount)]
                : w;
        }

        return result;
    }

    private static WordForms[] Forms(string[] words)
    {
        var forms = new WordForms[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            forms[i] = WordForms.Of(words[i]);
        }

        return forms;
    }

    private uint[][] Extract(string[] words)
    {
        var forms = Forms(words);

        var buffer = new uint[words.Length * FeatureExtractor.MaxPerWord];
        var counts = new int[words.Length];
        _features.Extract(forms, buffer, counts);
        var result = new uint[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            result[i] = buffer.AsSpan(i * FeatureExtractor.MaxPerWord, counts[i]).ToArray();
        }

        return result;
    }

    private static float[] Emissions(int[][] words, float[] weights)
    {
        const int k = BioTags.Count;
        var emissions = new float[words.Length * k];
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var f in words[i])
            {
                for (var t = 0; t < k; t++)
                {
                    emissions[(i * k) + t] += weights[(f * k) + t];
                }
            }
        }

        return emissions;
    }

    /// <summary>Adds to every wrong tag the cost of choosing it (loss-augmented decoding).</summary>
    private static void AddCosts(float[] emissions, int[] gold, double missCost)
    {
        const int k = BioTags.Count;
        for (var i = 0; i < gold.Length; i++)
        {
            var cost = (float)(gold[i] == BioTags.Outside ? 1 : missCost);
            for (var t = 0; t < k; t++)
            {
                if (t != gold[i])
                {
                    emissions[(i * k) + t] += cost;
                }
            }
        }
    }

    /// <summary>
    /// The PA-I step: the cost of the predicted path minus the margin by which the gold path wins under
    /// the current weights, over the squared length of the feature difference, capped at the aggressiveness.
    /// </summary>
    private static float Step(int[][] words, int[] gold, int[] predicted, float[] weights, float[] transitions, TrainingOptions options)
    {
        const int k = BioTags.Count;
        double cost = 0, margin = 0, norm = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var g = gold[i];
            var p = predicted[i];
            if (g != p)
            {
                cost += g == BioTags.Outside ? 1 : options.MissCost;
                foreach (var f in words[i])
                {
                    margin += weights[(f * k) + g] - weights[(f * k) + p];
                }

                norm += 2 * words[i].Length;
            }

            var gPrev = i == 0 ? k : gold[i - 1];
            var pPrev = i == 0 ? k : predicted[i - 1];
            if (g != p || gPrev != pPrev)
            {
                margin += transitions[(gPrev * k) + g] - transitions[(pPrev * k) + p];
                norm += 2;
            }
        }

        return (float)Math.Min(options.Aggressiveness, Math.Max(0, cost - margin) / norm);
    }

    private static void Update(float[] weights, double[] totals, int index, float delta, int c)
    {
        weights[index] += delta;
        totals[index] += (double)c * delta;
    }

    /// <summary>
    /// The averaged model, rounded to half precision as it will be stored, so that a saved and reloaded
    /// model predicts exactly what the trained one does.
    /// </summary>
    private NerModel Average(Dictionary<uint, int> rows, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, int c, string description, NerNetwork? network)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(Half)(weights[i] - (totals[i] / c));
        }

        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionTotals[i] / c));
        }

        return new NerModel(new Dictionary<uint, int>(rows), averaged, averagedTransitions, _features.Gazetteer, _features.Clusters, _features.Lexicon, description, _features.EmbeddingClasses,
            _features.NameLikeness, network);
    }
}
