using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class FeatureTableTests
{
    [Fact]
    public void Every_key_finds_its_row_and_absent_keys_find_none()
    {
        var random = new Random(7);
        var rows = new Dictionary<uint, int>();
        while (rows.Count < 5000)
        {
            rows.TryAdd(FeatureHash.Of(1, (uint)random.Next()), rows.Count);
        }

        var table = new FeatureTable(rows);
        foreach (var (key, row) in rows)
        {
            Assert.Equal(row, table.Find(key));
        }

        for (var i = 0; i < 5000; i++)
        {
            var absent = FeatureHash.Of(2, (uint)i);
            if (!rows.ContainsKey(absent))
            {
                Assert.Equal(-1, table.Find(absent));
            }
        }
    }

    [Fact]
    public void An_empty_table_finds_nothing() => Assert.Equal(-1, new FeatureTable(new Dictionary<uint, int>()).Find(12345));

    [Fact]
    public void Weights_that_are_halves_are_read_from_the_slots_as_the_same_floats()
    {
        var random = new Random(11);
        var rows = new Dictionary<uint, int>();
        while (rows.Count < 3000)
        {
            rows.TryAdd(FeatureHash.Of(3, (uint)random.Next()), rows.Count);
        }

        // Halves of every kind: normal, subnormal, both zeros, the largest.
        var weights = new float[rows.Count * BioTags.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)BitConverter.UInt16BitsToHalf((ushort)random.Next(0, 0x7C00));
            weights[i] = random.Next(2) == 0 ? -weights[i] : weights[i];
        }

        weights[0] = -0f;
        weights[1] = (float)Half.MaxValue;
        weights[2] = (float)Half.Epsilon;
        var table = new FeatureTable(rows, weights);
        Assert.True(table.HasHalfWeights);

        var keys = rows.Keys.Take(500).Append(FeatureHash.Of(4, 1)).ToArray();
        var targets = keys.Select((_, i) => i % 7).ToArray();
        var expected = new float[7 * BioTags.Count];
        var actual = new float[7 * BioTags.Count];
        var one = new float[7 * BioTags.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (rows.TryGetValue(keys[i], out var row))
            {
                for (var t = 0; t < BioTags.Count; t++)
                {
                    expected[(targets[i] * BioTags.Count) + t] += weights[(row * BioTags.Count) + t];
                }
            }

            Assert.Equal(rows.ContainsKey(keys[i]), table.AddWeights(keys[i], one.AsSpan(targets[i] * BioTags.Count, BioTags.Count)));
        }

        table.AddWeights(keys, targets, actual, new bool[keys.Length]);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), one.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Weights_that_are_not_halves_stay_out_of_the_slots()
    {
        var rows = new Dictionary<uint, int> { [FeatureHash.Of(5, 1)] = 0 };
        Assert.False(new FeatureTable(rows, [0.1f, 0, 0, 0, 0, 0, 0, 0, 0]).HasHalfWeights);
        Assert.True(new FeatureTable(rows, [0.5f, 0, 0, 0, 0, 0, 0, 0, 0]).HasHalfWeights);
        Assert.False(new FeatureTable(rows).HasHalfWeights);
    }

    [Fact]
    public void Every_finite_half_becomes_the_float_of_its_value()
    {
        for (var bits = 0; bits <= ushort.MaxValue; bits++)
        {
            var half = BitConverter.UInt16BitsToHalf((ushort)bits);
            if (Half.IsFinite(half))
            {
                Assert.Equal(BitConverter.SingleToInt32Bits((float)half), BitConverter.SingleToInt32Bits(TagScores.ToSingle((ushort)bits)));
            }
        }
    }
}
