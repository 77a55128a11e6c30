namespace Akhbar.Arabic.Events;

/// <summary>
/// A statement event of the training data (<c>akhbar train statement-roots</c>): its group (the gold folder, so that
/// cross-validation holds out whole folders), the root of the gold event its trigger overlaps ("01" for a plain statement)
/// and that event's full code, the features the rules read of it, and what each decision would score: whether the
/// statement as the rules coded it matches the gold triple (<paramref name="PlainMatches"/>), and whether it does once
/// recoded as each root of <see cref="StatementRootModel.Roots"/> with the target the rules then give it
/// (<paramref name="RecodedMatches"/>, in that order).
/// </summary>
public sealed record StatementInstance(string Group, string Label, string GoldCode, IReadOnlyList<string> Features, bool PlainMatches, bool[] RecodedMatches)
{
    /// <summary>Whether the decision (an index of <see cref="StatementRootModel.Roots"/>, or -1 to leave it) yields a gold triple.</summary>
    public bool MatchesWith(int decision) => decision < 0 ? PlainMatches : RecodedMatches[decision];
}

/// <summary>
/// Trains the statement-root classifier (<see cref="StatementRootModel"/>): for each root, a logistic regression of that
/// root against every other label (the plain statement included), fitted by <see cref="EventFilterTraining.Fit"/> (the
/// event filter's L2-regularized AdaGrad, deterministic). The L2 strength and the decision threshold are chosen by
/// leave-one-group-out cross-validation on the training instances only, for the most gold triples matched.
/// </summary>
public static class StatementRootTraining
{
    /// <summary>The L2 strengths the cross-validation chooses from.</summary>
    public static readonly double[] L2Grid = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];

    /// <summary>The thresholds it chooses from: below 0.2 the model would override the plain statement on a guess.</summary>
    public static readonly double[] ThresholdGrid = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

    /// <summary>Per root, the weights of its regression fitted on <paramref name="instances"/>.</summary>
    public static Dictionary<string, Dictionary<string, double>> Fit(IReadOnlyList<StatementInstance> instances, double l2)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var root in StatementRootModel.Roots)
        {
            var data = instances.Select(i => new FilterSentence(i.Group, i.Label == root, [i.Features])).ToList();
            weights[root] = EventFilterTraining.Fit(data, l2);
        }

        return weights;
    }

    /// <summary>Per root, its most frequent gold code among the instances of that root (the root's general code when none).</summary>
    public static Dictionary<string, string> Codes(IReadOnlyList<StatementInstance> instances) =>
        MostFrequentCodes(instances.Select(i => (i.Label, i.GoldCode)));

    /// <summary>
    /// Per root of <see cref="StatementRootModel.Roots"/>, the most frequent of the codes given with it (ties in ordinal
    /// order; the root's general code when none): the code a statement recoded to that root takes.
    /// </summary>
    public static Dictionary<string, string> MostFrequentCodes(IEnumerable<(string Root, string Code)> labels)
    {
        var list = labels.ToList();
        return StatementRootModel.Roots.ToDictionary(
            root => root,
            root => list.Where(l => l.Root == root).GroupBy(l => l.Code, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? root + "0",
            StringComparer.Ordinal);
    }

    /// <summary>A model of the weights, codes and threshold.</summary>
    public static StatementRootModel Model(IReadOnlyList<StatementInstance> instances, double l2, double threshold, IReadOnlyList<string> notes) =>
        new(Fit(instances, l2), Codes(instances), threshold, notes);

    /// <summary>Each instance's root probabilities from a model fitted on the other groups.</summary>
    public static double[][] OutOfGroup(IReadOnlyList<StatementInstance> instances, double l2)
    {
        var probabilities = new double[instances.Count][];
        foreach (var group in instances.Select(i => i.Group).Distinct(StringComparer.Ordinal))
        {
            var model = new StatementRootModel(Fit(instances.Where(i => i.Group != group).ToList(), l2), new Dictionary<string, string>(), 1, []);
            for (var i = 0; i < instances.Count; i++)
            {
                if (instances[i].Group == group)
                {
                    probabilities[i] = model.Probabilities(instances[i].Features);
                }
            }
        }

        return probabilities;
    }

    /// <summary>How many instances match their gold triple when each is decided by its probabilities at <paramref name="threshold"/>.</summary>
    public static int Matched(IReadOnlyList<StatementInstance> instances, double[][] probabilities, double threshold)
    {
        var matched = 0;
        for (var i = 0; i < instances.Count; i++)
        {
            matched += instances[i].MatchesWith(StatementRootModel.Decide(probabilities[i], threshold)) ? 1 : 0;
        }

        return matched;
    }

    /// <summary>
    /// The L2 strength and threshold with the most matched instances under leave-one-group-out cross-validation on
    /// <paramref name="instances"/>; on a tie the higher threshold and then the stronger L2, the more cautious model. With
    /// no setting better than leaving every statement alone the threshold is above 1, which recodes nothing.
    /// </summary>
    public static (double L2, double Threshold, int Matched, int Plain) Choose(IReadOnlyList<StatementInstance> instances)
    {
        var plain = instances.Count(i => i.PlainMatches);
        var best = (L2: L2Grid[^1], Threshold: 1.01, Matched: plain);
        foreach (var l2 in L2Grid)
        {
            var probabilities = OutOfGroup(instances, l2);
            foreach (var threshold in ThresholdGrid)
            {
                var matched = Matched(instances, probabilities, threshold);
                if (matched > best.Matched || (matched == best.Matched && (threshold > best.Threshold || (threshold == best.Threshold && l2 > best.L2))))
                {
                    best = (l2, threshold, matched);
                }
            }
        }

        return (best.L2, best.Threshold, best.Matched, plain);
    }
}
