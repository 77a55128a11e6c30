namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>Sentence detection counts for one category; undecided gold sentences are counted apart and not scored.</summary>
public sealed class DetectionScore
{
    public int TruePositive { get; private set; }

    public int FalsePositive { get; private set; }

    public int FalseNegative { get; private set; }

    public int TrueNegative { get; private set; }

    public int Undecided { get; private set; }

    public List<string> Errors { get; } = [];

    public void Add(DetectionSentence gold, bool predicted)
    {
        switch (gold.Positive)
        {
            case null:
                Undecided++;
                break;
            case true when predicted:
                TruePositive++;
                break;
            case true:
                FalseNegative++;
                Errors.Add($"{gold.Category} missed {gold.Id}: {Shorten(gold.Text)}");
                break;
            case false when predicted:
                FalsePositive++;
                Errors.Add($"{gold.Category} spurious {gold.Id}: {Shorten(gold.Text)}");
                break;
            default:
                TrueNegative++;
                break;
        }
    }

    /// <summary>The start of a sentence on one line, enough to find it in the data set.</summary>
    public static string Shorten(string text)
    {
        var line = text.Replace('\n', ' ').Trim();
        return line.Length <= 70 ? line : line[..70] + "…";
    }

    public double Precision => TruePositive + FalsePositive == 0 ? 0 : (double)TruePositive / (TruePositive + FalsePositive);

    public double Recall => TruePositive + FalseNegative == 0 ? 0 : (double)TruePositive / (TruePositive + FalseNegative);

    public double F1 => EventScore.F1(TruePositive, TruePositive + FalsePositive, TruePositive + FalseNegative);
}
