using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The weights of the linear-chain tagger: per hashed feature one weight per BIO tag, plus tag transition
/// weights. Stored compactly: features whose weights are all zero are dropped, each kept feature stores a
/// bit mask of its non-zero tags and those weights as half-precision floats, and the whole is Brotli
/// compressed. The model also carries the gazetteer (as hashed keys only), the word classes, the type lexicon, the classes of word vectors, the letter-based name scorer and the window network of a hybrid model (if any) it was trained with. Read-only after loading, so one instance serves every thread.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "AKHBAR-NER";
    private const int Version = 8;

    /// <summary>Version 7, the same without the hybrid's network, is still read.</summary>
    private const int VersionWithoutNetwork = 7;

    /// <summary>Version 6, the same without the name-likeness scorer, is still read.</summary>
    private const int VersionWithoutNameLikeness = 6;

    /// <summary>Version 5, the same without the embedding classes either, is still read.</summary>
    private const int VersionWithoutEmbeddings = 5;

    private readonly Dictionary<uint, int> _rows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    public NerModel(Dictionary<uint, int> rows, float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters, TypeLexicon lexicon, string description, WordClusters? embeddingClasses = null, NameLikeness? nameLikeness = null, NerNetwork? network = null)
    {
        if (weights.Length != rows.Count * BioTags.Count || transitions.Length != (BioTags.Count + 1) * BioTags.Count)
        {
            throw new ArgumentException("Weight arrays do not match the feature rows.");
        }

        _rows = rows;
        _table = new FeatureTable(rows);
        _weights = weights;
        _transitions = transitions;
        Gazetteer = gazetteer;
        Clusters = clusters;
        Lexicon = lexicon;
        Description = description;
        EmbeddingClasses = embeddingClasses ?? WordClusters.Empty;
        NameLikeness = nameLikeness ?? NameLikeness.Empty;
        Network = network;
    }

    /// <summary>The window network whose tag scores are added to the linear ones (a hybrid model), or null for a linear model.</summary>
    public NerNetwork? Network { get; }

    /// <summary>The gazetteer the model was trained with, as hashed keys; its features need the same one.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The word classes the model was trained with.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The type lexicon the model was trained with (<see cref="TypeLexicon.Empty"/> when none).</summary>
    public TypeLexicon Lexicon { get; }

    /// <summary>The classes of the word vectors the model was trained with (<see cref="WordClusters.Empty"/> when none; <see cref="EmbeddingLearner"/>).</summary>
    public WordClusters EmbeddingClasses { get; }

    /// <summary>The letter-based name scorer the model was trained with (<see cref="NameLikeness.Empty"/> when none).</summary>
    public NameLikeness NameLikeness { get; }

    /// <summary>How the model was made (free text written by the trainer).</summary>
    public string Description { get; }

    /// <summary>
    /// A constant added to the score of every B- and I- tag of every word. The averaged perceptron is
    /// cautious with names it has not seen (high precision, low recall); a small bias chosen on development
    /// data trades a little precision for more recall.
    /// </summary>
    public float EntityBias { get; private init; }

    /// <summary>
    /// The same model without the features whose weights are all smaller than <paramref name="threshold"/>
    /// in magnitude: most features are seen once in training and barely matter, and a smaller table is a
    /// faster one, since tagging time goes to cache misses on the weights.
    /// </summary>
    public NerModel Pruned(float threshold)
    {
        var rows = new Dictionary<uint, int>();
        var weights = new List<float>();
        foreach (var (hash, row) in _rows.OrderBy(r => r.Key))
        {
            var w = _weights.AsSpan(row * BioTags.Count, BioTags.Count);
            var keep = false;
            foreach (var x in w)
            {
                keep |= MathF.Abs(x) >= threshold;
            }

            if (keep)
            {
                rows[hash] = rows.Count;
                weights.AddRange(w);
            }
        }

        return new NerModel(rows, [.. weights], _transitions, Gazetteer, Clusters, Lexicon, Description, EmbeddingClasses, NameLikeness, Network) { EntityBias = EntityBias };
    }

    /// <summary>
    /// The mean of models that share their gazetteer, classes and lexicon (trained with different seeds):
    /// a feature missing from one model counts as zero there. Averaging several shuffles of the data
    /// smooths out what each one learned from the order of its updates.
    /// </summary>
    public static NerModel Mean(IReadOnlyList<NerModel> models, string description)
    {
        if (models.Any(m => m.Network is not null))
        {
            throw new ArgumentException("Hybrid models cannot be averaged: their networks' hidden units do not correspond.");
        }

        var rows = new Dictionary<uint, int>();
        foreach (var m in models)
        {
            foreach (var hash in m._rows.Keys.Order())
            {
                rows.TryAdd(hash, rows.Count);
            }
        }

        var weights = new float[rows.Count * BioTags.Count];
        var transitions = new float[models[0]._transitions.Length];
        foreach (var m in models)
        {
            foreach (var (hash, row) in m._rows)
            {
                var to = rows[hash] * BioTags.Count;
                for (var t = 0; t < BioTags.Count; t++)
                {
                    weights[to + t] += m._weights[(row * BioTags.Count) + t] / models.Count;
                }
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += m._transitions[i] / models.Count;
            }
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(Half)weights[i];
        }

        var first = models[0];
        return new NerModel(rows, weights, transitions, first.Gazetteer, first.Clusters, first.Lexicon, description, first.EmbeddingClasses, first.NameLikeness) { EntityBias = first.EntityBias };
    }

    /// <summary>The same model with another <see cref="EntityBias"/>.</summary>
    public NerModel WithEntityBias(float bias) => new(_rows, _weights, _transitions, Gazetteer, Clusters, Lexicon, Description, EmbeddingClasses, NameLikeness, Network) { EntityBias = bias };

    /// <summary>The same model with another network (null: the linear half of a hybrid model alone).</summary>
    public NerModel WithNetwork(NerNetwork? network) => new(_rows, _weights, _transitions, Gazetteer, Clusters, Lexicon, Description, EmbeddingClasses, NameLikeness, network) { EntityBias = EntityBias };

    public int FeatureCount => _rows.Count;

    /// <summary>Whether the model has weights for <paramref name="feature"/>.</summary>
    public bool Has(uint feature) => _table.Find(feature) >= 0;

    /// <summary>
    /// The mean magnitude of the non-zero feature weights: the unit of <see cref="EntityBias"/> and of
    /// pruning thresholds that mean the same for models trained with different step sizes.
    /// </summary>
    public float WeightScale
    {
        get
        {
            double sum = 0;
            var count = 0;
            foreach (var w in _weights)
            {
                if (w != 0)
                {
                    sum += Math.Abs(w);
                    count++;
                }
            }

            return count == 0 ? 1 : (float)(sum / count);
        }
    }

    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per tag), and the
    /// <see cref="EntityBias"/> to every name tag.
    /// </summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        AddWeights(features, scores);
        for (var t = 1; t < BioTags.Count; t++)
        {
            scores[t] += EntityBias;
        }
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per tag), without the bias.</summary>
    public void AddWeights(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            var row = _table.Find(f);
            if (row >= 0)
            {
                var w = weights.Slice(row * BioTags.Count, BioTags.Count);
                for (var t = 0; t < BioTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }
    }

    /// <summary>
    /// Adds the weights of many features, each to its own row of scores: feature i to
    /// <c>scores[targets[i] * BioTags.Count ..]</c>, in the order given, so that every row gets the same sum as
    /// from <see cref="AddWeights(ReadOnlySpan{uint}, Span{float})"/> called feature by feature. The features of a
    /// sentence are looked up together (<see cref="FeatureTable.FindAll"/>) and their weight rows prefetched before
    /// any is added: a lookup mostly waits for memory, and so the waits overlap.
    /// </summary>
    public unsafe void AddWeights(ReadOnlySpan<uint> features, ReadOnlySpan<int> targets, Span<float> scores)
    {
        const int k = BioTags.Count;
        var rowsArray = ArrayPool<int>.Shared.Rent(features.Length);
        var rows = rowsArray.AsSpan(0, features.Length);
        _table.FindAll(features, rows);
        if (Sse.IsSupported)
        {
            foreach (var row in rows)
            {
                if (row >= 0)
                {
                    // A row of nine weights may straddle two cache lines.
                    Sse.Prefetch0(Unsafe.AsPointer(ref _weights[row * k]));
                    Sse.Prefetch0(Unsafe.AsPointer(ref _weights[(row * k) + k - 1]));
                }
            }
        }

        var weights = _weights.AsSpan();
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] >= 0)
            {
                TagScores.Add(weights.Slice(rows[i] * k, k), scores.Slice(targets[i] * k, k));
            }
        }

        ArrayPool<int>.Shared.Return(rowsArray);
    }

    /// <summary>Adds the <see cref="EntityBias"/> to every name tag of one row of scores, as <see cref="Score"/> does after the features.</summary>
    public void AddBias(Span<float> scores)
    {
        for (var t = 1; t < BioTags.Count; t++)
        {
            scores[t] += EntityBias;
        }
    }

    public void Save(Stream output)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Description);
        w.Write(EntityBias);
        foreach (var t in _transitions)
        {
            w.Write(t);
        }

        Gazetteer.Save(w);
        Clusters.Save(w);
        Lexicon.Save(w);
        EmbeddingClasses.Save(w);
        NameLikeness.Save(w);
        w.Write(Network is not null);
        Network?.Save(w);

        var kept = _rows.Where(r => Mask(r.Value) != 0).OrderBy(r => r.Key).ToList();
        w.Write(kept.Count);
        foreach (var (hash, row) in kept)
        {
            var mask = Mask(row);
            w.Write(hash);
            w.Write(mask);
            for (var t = 0; t < BioTags.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    w.Write((Half)_weights[(row * BioTags.Count) + t]);
                }
            }
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static NerModel Load(Stream input, string where)
    {
        try
        {
            using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(brotli, Encoding.UTF8);
            var version = r.ReadString() == Magic ? r.ReadInt32() : -1;
            if (version is not (Version or VersionWithoutNetwork or VersionWithoutNameLikeness or VersionWithoutEmbeddings))
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: not an Akhbar NER model of version {VersionWithoutEmbeddings} to {Version}.");
            }

            var description = r.ReadString();
            var bias = r.ReadSingle();
            var transitions = new float[(BioTags.Count + 1) * BioTags.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = r.ReadSingle();
            }

            var gazetteer = Gazetteer.Load(r);
            var clusters = WordClusters.Load(r);
            var lexicon = TypeLexicon.Load(r);
            var embeddingClasses = version >= VersionWithoutNameLikeness ? WordClusters.Load(r) : WordClusters.Empty;
            var nameLikeness = version >= VersionWithoutNetwork ? NameLikeness.Load(r) : NameLikeness.Empty;
            var network = version >= Version && r.ReadBoolean() ? NerNetwork.Load(r) : null;

            var count = r.ReadInt32();
            var rows = new Dictionary<uint, int>(count);
            var weights = new float[count * BioTags.Count];
            for (var row = 0; row < count; row++)
            {
                var hash = r.ReadUInt32();
                var mask = r.ReadUInt16();
                for (var t = 0; t < BioTags.Count; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        weights[(row * BioTags.Count) + t] = (float)r.ReadHalf();
                    }
                }

                rows[hash] = row;
            }

            return new NerModel(rows, weights, transitions, gazetteer, clusters, lexicon, description, embeddingClasses, nameLikeness, network) { EntityBias = bias };
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: not a readable Akhbar NER model ({e.Message}).");
        }
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such model file.");
        }

        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    private ushort Mask(int row)
    {
        ushort mask = 0;
        for (var t = 0; t < BioTags.Count; t++)
        {
            if ((Half)_weights[(row * BioTags.Count) + t] != Half.Zero)
            {
                mask |= (ushort)(1 << t);
            }
        }

        return mask;
    }
}
