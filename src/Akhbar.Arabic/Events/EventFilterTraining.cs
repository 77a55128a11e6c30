namespace Akhbar.Arabic.Events;

/// <summary>
/// A sentence of the filter's training data: its group (the article it comes from, so that a fold never splits an
/// article), its gold label, and the features of each realized event of the category the engine coded in it (none when
/// it coded none: such a sentence is predicted negative whatever the filter does). <see cref="NamedEvent"/> tells that it
/// also holds an event the filter leaves alone (<see cref="EventFilter.IsNamedEvent"/>): it is predicted positive whatever
/// the filter does.
/// </summary>
public sealed record FilterSentence(string Group, bool Positive, IReadOnlyList<IReadOnlyList<string>> Candidates, bool NamedEvent = false);

/// <summary>Sentence detection counts and their precision, recall and F1.</summary>
public readonly record struct FilterCounts(int TruePositive, int FalsePositive, int FalseNegative)
{
    public double Precision => TruePositive + FalsePositive == 0 ? 0 : (double)TruePositive / (TruePositive + FalsePositive);

    public double Recall => TruePositive + FalseNegative == 0 ? 0 : (double)TruePositive / (TruePositive + FalseNegative);

    public double F1 => 2 * TruePositive + FalsePositive + FalseNegative == 0 ? 0 : 2.0 * TruePositive / (2 * TruePositive + FalsePositive + FalseNegative);
}

/// <summary>What cross-validation measured: the engine's counts without the filter and with it, and the settings each fold chose.</summary>
public sealed record FilterCrossValidation(FilterCounts Without, FilterCounts With, IReadOnlyList<(double L2, double Threshold)> FoldSettings);

/// <summary>
/// Trains the event filter (<see cref="EventFilter"/>): L2-regularized logistic regression over binary features, one
/// instance per candidate event labeled with its sentence's gold label, fitted by AdaGrad in a fixed order (deterministic).
/// A sentence is kept when its best candidate scores at or above the threshold; the L2 strength and the threshold are
/// chosen by an inner cross-validation on the training sentences only, never on the sentences being scored.
/// </summary>
public static class EventFilterTraining
{
    /// <summary>The L2 strengths the inner cross-validation chooses from.</summary>
    public static readonly double[] L2Grid = [0.001, 0.003, 0.01, 0.03, 0.1];

    private const int Epochs = 30;
    private const double LearningRate = 0.3;

    /// <summary>A feature must occur in this many training candidates to get a weight.</summary>
    public const int MinCount = 3;

    /// <summary>The fold of a group, from a hash of its name that does not change between runs; <paramref name="level"/> 1 is the inner split.</summary>
    public static int Fold(string group, int folds, int level = 0)
    {
        var h = 2166136261u;
        foreach (var c in group)
        {
            h = (h ^ c) * 16777619u;
        }

        for (var i = 0; i < level; i++)
        {
            h /= (uint)folds;
        }

        return (int)(h % (uint)folds);
    }

    /// <summary>Fits the weights on <paramref name="sentences"/>.</summary>
    public static Dictionary<string, double> Fit(IReadOnlyList<FilterSentence> sentences, double l2)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in sentences.SelectMany(s => s.Candidates))
        {
            foreach (var f in candidate.Distinct())
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var index = counts.Where(c => c.Value >= MinCount || c.Key == "bias").Select(c => c.Key).Order(StringComparer.Ordinal)
            .Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var instances = sentences.SelectMany(s => s.Candidates.Select(c => (Features: c.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray(), Label: s.Positive ? 1.0 : 0.0)))
            .ToList();
        var occurrences = new int[index.Count];
        foreach (var (f, i) in index)
        {
            occurrences[i] = counts[f];
        }

        var w = new double[index.Count];
        var g2 = new double[index.Count];
        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(17);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = instances[i];
                var z = 0.0;
                foreach (var f in features)
                {
                    z += w[f];
                }

                var error = 1 / (1 + Math.Exp(-z)) - label;
                foreach (var f in features)
                {
                    // The L2 penalty of the whole data set, spread over the instances where the feature occurs.
                    var g = error + l2 * instances.Count * w[f] / occurrences[f];
                    g2[f] += g * g;
                    w[f] -= LearningRate * g / (1e-8 + Math.Sqrt(g2[f]));
                }
            }
        }

        return index.Where(p => Math.Abs(w[p.Value]) >= 1e-4).ToDictionary(p => p.Key, p => Math.Round(w[p.Value], 4), StringComparer.Ordinal);
    }

    /// <summary>The probability of the best candidate of each sentence (-∞ for a sentence with none, +∞ with a named event).</summary>
    public static double[] SentenceScores(IReadOnlyList<FilterSentence> sentences, Dictionary<string, double> weights)
    {
        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            scores[i] = sentences[i].NamedEvent ? double.PositiveInfinity
                : sentences[i].Candidates.Count == 0 ? double.NegativeInfinity
                : sentences[i].Candidates.Max(c => Probability(weights, c));
        }

        return scores;
    }

    public static double Probability(Dictionary<string, double> weights, IEnumerable<string> features)
    {
        var z = 0.0;
        foreach (var f in features)
        {
            z += weights.GetValueOrDefault(f);
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Sentence counts when a sentence is kept at or above <paramref name="threshold"/>.</summary>
    public static FilterCounts Count(IReadOnlyList<FilterSentence> sentences, double[] scores, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var kept = scores[i] >= threshold;
            if (sentences[i].Positive && kept)
            {
                tp++;
            }
            else if (sentences[i].Positive)
            {
                fn++;
            }
            else if (kept)
            {
                fp++;
            }
        }

        return new FilterCounts(tp, fp, fn);
    }

    /// <summary>The threshold with the best sentence F1 on these scores (midway between two scores; the lower on a tie).</summary>
    public static (double Threshold, double F1) BestThreshold(IReadOnlyList<FilterSentence> sentences, double[] scores)
    {
        var candidates = scores.Where(double.IsFinite).Distinct().Order().ToArray();
        var best = (Threshold: 0.0, F1: Count(sentences, scores, 0).F1);
        for (var i = 1; i < candidates.Length; i++)
        {
            var threshold = (candidates[i - 1] + candidates[i]) / 2;
            var f1 = Count(sentences, scores, threshold).F1;
            if (f1 > best.F1 + 1e-12)
            {
                best = (threshold, f1);
            }
        }

        return best;
    }

    /// <summary>
    /// Chooses the L2 strength and the threshold by <paramref name="folds"/>-fold cross-validation on
    /// <paramref name="sentences"/> (split by <see cref="Fold"/> at <paramref name="level"/>).
    /// </summary>
    public static (double L2, double Threshold) Choose(IReadOnlyList<FilterSentence> sentences, int folds, int level)
    {
        var best = (L2: L2Grid[0], Threshold: 0.5, F1: -1.0);
        foreach (var l2 in L2Grid)
        {
            var scores = OutOfFold(sentences, folds, level, l2);
            var (threshold, f1) = BestThreshold(sentences, scores);
            if (f1 > best.F1 + 1e-12)
            {
                best = (l2, threshold, f1);
            }
        }

        return (best.L2, best.Threshold);
    }

    /// <summary>Each sentence's score from a model fitted on the other folds.</summary>
    private static double[] OutOfFold(IReadOnlyList<FilterSentence> sentences, int folds, int level, double l2)
    {
        var scores = new double[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = sentences.Where(s => Fold(s.Group, folds, level) != fold).ToList();
            var weights = Fit(train, l2);
            var held = Enumerable.Range(0, sentences.Count).Where(i => Fold(sentences[i].Group, folds, level) == fold).ToList();
            var heldScores = SentenceScores(held.Select(i => sentences[i]).ToList(), weights);
            for (var j = 0; j < held.Count; j++)
            {
                scores[held[j]] = heldScores[j];
            }
        }

        return scores;
    }

    /// <summary>
    /// Nested cross-validation: each outer fold is scored by a model whose L2 strength and threshold an inner
    /// cross-validation chose on the other folds alone, and which was then fitted on them. Returns the pooled counts.
    /// </summary>
    public static FilterCrossValidation CrossValidate(IReadOnlyList<FilterSentence> sentences, int folds)
    {
        var without = Count(sentences, SentenceScores(sentences, []), 0);
        int tp = 0, fp = 0, fn = 0;
        var settings = new List<(double, double)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = sentences.Where(s => Fold(s.Group, folds) != fold).ToList();
            var held = sentences.Where(s => Fold(s.Group, folds) == fold).ToList();
            var (l2, threshold) = Choose(train, folds, level: 1);
            settings.Add((l2, threshold));
            var c = Count(held, SentenceScores(held, Fit(train, l2)), threshold);
            tp += c.TruePositive;
            fp += c.FalsePositive;
            fn += c.FalseNegative;
        }

        return new FilterCrossValidation(without, new FilterCounts(tp, fp, fn), settings);
    }
}
