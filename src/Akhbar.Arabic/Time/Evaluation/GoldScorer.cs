using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>A predicted expression in raw offsets.</summary>
public sealed record PredictedTime(int Start, int End, string Type, string Value, string Text);

/// <summary>Counts over a gold set: strict (same span) and lenient (overlapping spans, one to one) matching, and values on lenient matches.</summary>
public sealed class GoldScore
{
    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int StrictMatches { get; private set; }

    public int LenientMatches { get; private set; }

    public int ValueRight { get; private set; }

    public List<string> Errors { get; } = [];

    public static double F1(int matched, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)matched / predicted;
        var r = gold == 0 ? 0 : (double)matched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Scores one article: pairs each gold expression with the unused prediction that overlaps it most.</summary>
    public void Add(GoldArticle gold, IReadOnlyList<PredictedTime> predicted)
    {
        Gold += gold.Times.Count;
        Predicted += predicted.Count;
        var used = new bool[predicted.Count];
        foreach (var g in gold.Times)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(g.End, predicted[p].End) - Math.Max(g.Start, predicted[p].Start);
                if (!used[p] && overlap > bestOverlap)
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                Errors.Add($"{gold.Id} missed {g.Start}-{g.End} {g.Value}");
                continue;
            }

            used[best] = true;
            var pr = predicted[best];
            LenientMatches++;
            if (pr.Start == g.Start && pr.End == g.End)
            {
                StrictMatches++;
            }
            else
            {
                Errors.Add($"{gold.Id} span {pr.Start}-{pr.End} \"{pr.Text}\" for gold {g.Start}-{g.End}");
            }

            if (pr.Value == g.Value)
            {
                ValueRight++;
            }
            else
            {
                Errors.Add($"{gold.Id} value {pr.Value} for gold {g.Value} at {g.Start}-{g.End} \"{pr.Text}\"");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                Errors.Add($"{gold.Id} spurious {predicted[p].Start}-{predicted[p].End} \"{predicted[p].Text}\" {predicted[p].Value}");
            }
        }
    }

    /// <summary>The time expressions of an analyzed document in raw offsets; those in a separate title field have none and are left out.</summary>
    public static List<PredictedTime> Predictions(Document doc)
    {
        var list = new List<PredictedTime>();
        foreach (var t in doc.Times)
        {
            if (doc.Offsets.ToRaw(t.Span) is { } raw)
            {
                list.Add(new PredictedTime(raw.Start, raw.End, TimeExpression.TypeName(t.Type), t.Value, doc.Slice(t.Span)));
            }
        }

        return list;
    }

    public static GoldScore Run(AnalysisPipeline pipeline, IEnumerable<GoldArticle> articles, string newsFolder, GoldRecordCache cache)
    {
        var score = new GoldScore();
        foreach (var a in articles)
        {
            var doc = pipeline.Process(a.ReadRecord(newsFolder, cache));
            score.Add(a, Predictions(doc));
        }

        return score;
    }
}
