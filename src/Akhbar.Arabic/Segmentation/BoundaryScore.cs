using System.Numerics;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Word-level accuracy and boundary precision/recall of a segmentation against gold. A word's boundaries are a
/// bit mask: bit <c>i</c> set means a segment starts at character <c>i</c> (never bit 0).
/// </summary>
public sealed class BoundaryScore
{
    public int Words { get; private set; }

    public int CorrectWords { get; private set; }

    public int GoldBoundaries { get; private set; }

    public int PredictedBoundaries { get; private set; }

    public int MatchedBoundaries { get; private set; }

    /// <summary>Adds one word; true when every boundary agrees.</summary>
    public bool Add(ulong gold, ulong predicted)
    {
        Words++;
        GoldBoundaries += BitOperations.PopCount(gold);
        PredictedBoundaries += BitOperations.PopCount(predicted);
        MatchedBoundaries += BitOperations.PopCount(gold & predicted);
        if (gold == predicted)
        {
            CorrectWords++;
            return true;
        }

        return false;
    }

    public double Accuracy => Ratio(CorrectWords, Words);

    public double Precision => Ratio(MatchedBoundaries, PredictedBoundaries);

    public double Recall => Ratio(MatchedBoundaries, GoldBoundaries);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
