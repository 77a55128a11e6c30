using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>Precision, recall and F1 of one entity type (or of all, micro-averaged), as fractions.</summary>
public readonly record struct EntityScore(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level scoring as conlleval does it: a predicted entity counts only when its span and its type
/// both equal a gold entity's. Accumulates over sentences.
/// </summary>
public sealed class EntityScorer
{
    private readonly int[] _correct = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _gold = new int[4];

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var goldChunks = BioTags.Chunks(gold);
        var predictedChunks = BioTags.Chunks(predicted);
        var goldSet = new HashSet<(int, int, EntityType)>(goldChunks);
        foreach (var chunk in goldChunks)
        {
            _gold[(int)chunk.Type]++;
        }

        foreach (var chunk in predictedChunks)
        {
            _predicted[(int)chunk.Type]++;
            if (goldSet.Contains(chunk))
            {
                _correct[(int)chunk.Type]++;
            }
        }
    }

    public EntityScore For(EntityType type) => new(_correct[(int)type], _predicted[(int)type], _gold[(int)type]);

    public EntityScore Micro => new(_correct.Sum(), _predicted.Sum(), _gold.Sum());
}
