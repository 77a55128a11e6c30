using System.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Unlabeled text read as a sequence of stem ids for the distributional learners (<see cref="ClusterLearner"/>,
/// <see cref="EmbeddingLearner"/>): ids in text order with -1 between texts, the stems by descending frequency (ties in
/// ordinal order, so the result never depends on the order stems were first seen), and for each id its row among the
/// most frequent stems that get a vector and its column among those that serve as context (-1 when outside).
/// </summary>
internal sealed class StemSequence
{
    private StemSequence(List<int> ids, List<string> stems, int[] byFrequency, int[] row, int[] column, int vocabulary, int contexts)
    {
        Ids = ids;
        Stems = stems;
        ByFrequency = byFrequency;
        Row = row;
        Column = column;
        Vocabulary = vocabulary;
        Contexts = contexts;
    }

    /// <summary>Stem ids in text order; -1 separates texts.</summary>
    public List<int> Ids { get; }

    /// <summary>The stem of each id.</summary>
    public List<string> Stems { get; }

    /// <summary>Ids by descending frequency.</summary>
    public int[] ByFrequency { get; }

    /// <summary>Per id, its row among the <see cref="Vocabulary"/> most frequent stems, or -1.</summary>
    public int[] Row { get; }

    /// <summary>Per id, its column among the <see cref="Contexts"/> most frequent stems, or -1.</summary>
    public int[] Column { get; }

    public int Vocabulary { get; }

    public int Contexts { get; }

    /// <summary>The stem of row <paramref name="r"/>.</summary>
    public string StemOfRow(int r) => Stems[ByFrequency[r]];

    public static StemSequence Read(IEnumerable<string> texts, int vocabulary, int contexts)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new List<string>();
        var counts = new List<int>();
        var ids = new List<int>();
        var word = new StringBuilder();
        foreach (var text in texts)
        {
            foreach (var token in ClusterLearner.Words(text, word))
            {
                if (!index.TryGetValue(token, out var id))
                {
                    id = stems.Count;
                    index[token] = id;
                    stems.Add(token);
                    counts.Add(0);
                }

                counts[id]++;
                ids.Add(id);
            }

            ids.Add(-1);
        }

        var byFrequency = Enumerable.Range(0, stems.Count).OrderByDescending(i => counts[i]).ThenBy(i => stems[i], StringComparer.Ordinal).ToArray();
        vocabulary = Math.Min(vocabulary, byFrequency.Length);
        contexts = Math.Min(contexts, byFrequency.Length);
        var row = new int[stems.Count];
        var column = new int[stems.Count];
        Array.Fill(row, -1);
        Array.Fill(column, -1);
        for (var r = 0; r < vocabulary; r++)
        {
            row[byFrequency[r]] = r;
        }

        for (var c = 0; c < contexts; c++)
        {
            column[byFrequency[c]] = c;
        }

        return new StemSequence(ids, stems, byFrequency, row, column, vocabulary, contexts);
    }
}
