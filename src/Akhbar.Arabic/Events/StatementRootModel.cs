using System.Globalization;
using Akhbar.Core.Model;
using Akhbar.Resources.Models;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The learned statement-root classifier (Models/MODEL_CARD.md, docs/stages/events.md): one logistic regression per root a
/// statement may really be (<see cref="Roots"/>), each against all the others and the plain statement, over the features
/// the event rules read of a statement (its cue, the words it reports, its speaker and whether its words name another
/// actor). A statement is recoded when the most probable root reaches <see cref="Threshold"/>: the plain statement is far
/// the most common reading, so the model only overrides it when it is confident. Trained on the tuning gold by
/// <c>akhbar train statement-roots</c>.
/// </summary>
public sealed class StatementRootModel : IStatementRootChooser
{
    public const string ResourceName = "statement-roots.tsv";

    /// <summary>The roots a statement coded 01x may be recoded as; anything else stays a statement.</summary>
    public static readonly string[] Roots = ["02", "03", "10", "11", "12", "13"];

    /// <summary>The code a root is recoded as when the file names none: the root's general code.</summary>
    private static string GeneralCode(string root) => root + "0";

    private static readonly Lazy<StatementRootModel> Shipped = new(() =>
    {
        using var stream = ModelResource.Open(ResourceName);
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    public StatementRootModel(IReadOnlyDictionary<string, Dictionary<string, double>> weights, IReadOnlyDictionary<string, string> codes, double threshold, IReadOnlyList<string> notes)
    {
        Weights = weights;
        Codes = codes;
        Threshold = threshold;
        Notes = notes;
    }

    /// <summary>The model shipped in Akhbar.Resources (Models/statement-roots.tsv).</summary>
    public static StatementRootModel Default => Shipped.Value;

    /// <summary>Per root, the weights of its one-against-the-rest regression.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, double>> Weights { get; }

    /// <summary>Per root, the CAMEO code a statement recoded as that root takes (the root's most frequent code in training).</summary>
    public IReadOnlyDictionary<string, string> Codes { get; }

    /// <summary>The probability the best root must reach for a statement to be recoded.</summary>
    public double Threshold { get; }

    /// <summary>What the training recorded: data, figures, settings.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Each root's probability for these features, in the order of <see cref="Roots"/>.</summary>
    public double[] Probabilities(IReadOnlyList<string> features)
    {
        var p = new double[Roots.Length];
        for (var r = 0; r < Roots.Length; r++)
        {
            p[r] = Weights.TryGetValue(Roots[r], out var w) ? EventFilterTraining.Probability(w, features) : 0;
        }

        return p;
    }

    /// <summary>The index in <see cref="Roots"/> of the most probable root when it reaches <paramref name="threshold"/>, else -1 (the first on a tie).</summary>
    public static int Decide(double[] probabilities, double threshold)
    {
        var best = -1;
        for (var r = 0; r < probabilities.Length; r++)
        {
            if (probabilities[r] >= threshold && (best < 0 || probabilities[r] > probabilities[best]))
            {
                best = r;
            }
        }

        return best;
    }

    public string? CodeFor(CodedEvent statement, IReadOnlyList<string> features)
    {
        var best = Decide(Probabilities(features), Threshold);
        return best < 0 ? null : Codes.GetValueOrDefault(Roots[best]) ?? GeneralCode(Roots[best]);
    }

    /// <summary>
    /// Reads the model file: "#" comment lines, then tab-separated rows: <c>threshold p</c>, <c>code ROOT CAMEO</c>,
    /// <c>note text</c> and <c>weight ROOT feature w</c>.
    /// </summary>
    public static StatementRootModel Read(TextReader reader)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        double? threshold = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            switch (line.Split('\t'))
            {
                case ["threshold", var p]:
                    threshold = double.Parse(p, CultureInfo.InvariantCulture);
                    break;
                case ["code", var root, var code]:
                    codes[root] = code;
                    break;
                case ["note", var text]:
                    notes.Add(text);
                    break;
                case ["weight", var root, var feature, var w]:
                    (weights.TryGetValue(root, out var table) ? table : weights[root] = new(StringComparer.Ordinal))[feature] =
                        double.Parse(w, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new FormatException($"{ResourceName} line {number}: not a statement-root row.");
            }
        }

        return new StatementRootModel(weights, codes, threshold ?? throw new FormatException($"{ResourceName}: no threshold row."), notes);
    }

    /// <summary>Writes the file <see cref="Read"/> reads, roots and features in ordinal order so that a retrain diffs cleanly.</summary>
    public void Write(TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            writer.Write("# " + line + "\n");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.####}\n"));
        foreach (var note in Notes)
        {
            writer.Write($"note\t{note}\n");
        }

        foreach (var (root, code) in Codes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Write($"code\t{root}\t{code}\n");
        }

        foreach (var (root, table) in Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            foreach (var (feature, w) in table.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"weight\t{root}\t{feature}\t{w:0.####}\n"));
            }
        }
    }
}
